package io.meterhub.app.demo;

import com.hivemq.extension.sdk.api.ExtensionMain;
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

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The demo broker's security extension: a client logs in with one of {@link BrokerUsers}, and what
 * it may do follows its role, as deploy/mosquitto/acl says for production. Whatever is not allowed
 * is denied, subscriptions included (HiveMQ answers SUBACK 0x87, unlike Mosquitto's acl_file).
 */
final class BrokerSecurity implements ExtensionMain {
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
        Optional<BrokerUsers.Kind> role = users.authenticate(user, connect.getPassword().map(BrokerSecurity::bytes).orElse(null));
        if (role.isEmpty()) {
            output.failAuthentication(ConnackReasonCode.NOT_AUTHORIZED, "unknown user or wrong password");
            return;
        }
        ModifiableDefaultPermissions permissions = output.getDefaultPermissions();
        permissions.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        permissions.add(switch (role.get()) {
            case PIPELINE -> allow("meterhub/v1/+/up", TopicPermission.MqttActivity.SUBSCRIBE);
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
