/** The customer's pages of self-service accounts ("Мои лицевые счета", attaching one) and delegation ("Доверенности"). */
package io.meterhub.dashboard.accountaccess;
