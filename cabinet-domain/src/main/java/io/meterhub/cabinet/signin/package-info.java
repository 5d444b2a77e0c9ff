/** Sign-in attempts: the port the throttle and the sign-in history read and write. */
package io.meterhub.cabinet.signin;
