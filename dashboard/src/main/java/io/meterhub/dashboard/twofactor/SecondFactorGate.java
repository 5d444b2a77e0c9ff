package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Vaadin's navigation while a sign-in is pending: every view but the second-factor page forwards to it. */
@Component
public class SecondFactorGate implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SecondFactorView.class && PendingSignIn.of(init.getUI().getSession().getSession()).isPresent()) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
