/** Registration: the applicant's sign-up with a confirmed phone and their profile. */
package io.meterhub.dashboard.registration;
