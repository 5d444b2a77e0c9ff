package io.meterhub.app.demo;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.auth.ModifiableDefaultPermissions;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;

/**
 * The demo broker's security extension: a client logs in with one of {@link BrokerUsers}, and what
 * it may do follows its role, as deploy/mosquitto/acl says for production. Whatever is not allowed
 * is denied, subscriptions included (HiveMQ answers SUBACK 0x87, unlike Mosquitto's acl_file).
 */
final class BrokerSecurity implements ExtensionMain {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerSecurity.class);
    private static final Duration STORED_LOOKUP = Duration.ofSeconds(10);
    private final BrokerUsers users;

    BrokerSecurity(BrokerUsers users) {
        this.users = users;
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        SimpleAuthenticator authenticator = this::onConnect;
        Services.securityRegistry().setAuthenticatorProvider(provider -> authenticator);
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
    }

    private void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
        ConnectPacket connect = input.getConnectPacket();
        String user = connect.getUserName().orElse(null);
        byte[] password = connect.getPassword().map(BrokerSecurity::bytes).orElse(null);
        Optional<BrokerUsers.Kind> role = users.authenticate(user, password);
        if (role.isPresent()) {
            allow(output, user, role.get());
        } else if (users.mayBeStored(user) && password != null) {
            // a controller registered in the control panel: its hash is in the database, read off the broker's threads
            Async<SimpleAuthOutput> async = output.async(STORED_LOOKUP, TimeoutFallback.FAILURE, ConnackReasonCode.NOT_AUTHORIZED,
                    "the registry did not answer");
            Services.extensionExecutorService().submit(() -> {
                try {
                    if (users.authenticateStored(user, password)) {
                        allow(async.getOutput(), user, BrokerUsers.Kind.CONTROLLER);
                    } else {
                        refuse(async.getOutput());
                    }
                } catch (Exception e) {
                    LOG.warn("cannot check the broker login of controller {} against the registry: {}", user, e.toString());
                    async.getOutput().failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "the registry is not available");
                } finally {
                    async.resume();
                }
            });
        } else {
            refuse(output);
        }
    }

    private static void refuse(SimpleAuthOutput output) {
        output.failAuthentication(ConnackReasonCode.NOT_AUTHORIZED, "unknown user or wrong password");
    }

    private static void allow(SimpleAuthOutput output, String user, BrokerUsers.Kind role) {
        ModifiableDefaultPermissions permissions = output.getDefaultPermissions();
        permissions.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        permissions.add(switch (role) {
            case PIPELINE -> allow("meterhub/v1/+/up", TopicPermission.MqttActivity.SUBSCRIBE);
            case API -> allow("meterhub/v1/+/up", TopicPermission.MqttActivity.PUBLISH);
            case CONTROLLER -> allow("meterhub/v1/" + user + "/up", TopicPermission.MqttActivity.PUBLISH);
        });
        output.authenticateSuccessfully();
    }

    private static TopicPermission allow(String topicFilter, TopicPermission.MqttActivity activity) {
        return Builders.topicPermission().topicFilter(topicFilter).type(TopicPermission.PermissionType.ALLOW).activity(activity).build();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
