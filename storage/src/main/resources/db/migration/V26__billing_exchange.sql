-- Billing exchange with 1C (issue 15): a payment document (1C's external id) is unique in an organization, so every
-- payments load looks its documents up by the ledger entry's source; without this index that is a scan of the ledger.
CREATE INDEX ledger_entry_payment_source ON ledger_entry (source) WHERE kind = 'PAYMENT';
