/** The monthly receipt of an account: a PDF with the requisites, charges, payments, debt and the payment QR (GOST R 56042-2014). */
package io.meterhub.cabinet.receipts;
