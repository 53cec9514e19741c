-- Organizations' webhook endpoints (see `WebhookRecord`), and each
-- endpoint's deliveries in event order (see `WebhookDeliveryRecord`): keyed
-- as the table of record kinds keys them. The store removes an endpoint's
-- deliveries with it, and both with their organization; the references
-- only keep a row from outliving what it is under.
CREATE TABLE webhooks (
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    id UUID NOT NULL,
    record JSONB NOT NULL,
    PRIMARY KEY (organization_id, id)
);

CREATE TABLE webhook_deliveries (
    organization_id UUID NOT NULL,
    webhook_id UUID NOT NULL,
    event_id UUID NOT NULL,
    record JSONB NOT NULL,
    PRIMARY KEY (organization_id, webhook_id, event_id),
    FOREIGN KEY (organization_id, webhook_id)
        REFERENCES webhooks (organization_id, id) ON DELETE CASCADE
);
