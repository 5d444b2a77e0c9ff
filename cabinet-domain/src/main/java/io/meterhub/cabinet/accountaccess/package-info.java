/**
 * Self-service accounts and delegation: who besides an account's own customer login may use it (attached holders and
 * delegates, with their kind and dates), and every try to attach an account. The port the access policy reads.
 */
package io.meterhub.cabinet.accountaccess;
