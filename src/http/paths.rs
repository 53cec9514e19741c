//! Each path of the API, parsed once into the typed ids the app takes
//! (see `app::ids`): the wire keeps strings (`@current`, `@me`), and
//! nothing after this reads them as text.

use crate::api;
use crate::app::KeyRef;
use crate::app::OrganizationRef;
use crate::app::RecordId;
use crate::app::UserRef;
use dropshot::Path;
use schemars::JsonSchema;

/// A path whose segments name records.
pub(super) trait PathIds {
    /// What the path names, in the order of its segments.
    type Ids;

    fn ids(self) -> Self::Ids;
}

/// A handler's path, as Dropshot extracted it.
impl<T: PathIds + JsonSchema + Send + Sync> PathIds for Path<T> {
    type Ids = T::Ids;

    fn ids(self) -> T::Ids {
        self.into_inner().ids()
    }
}

impl PathIds for api::OrganizationPath {
    type Ids = OrganizationRef;

    fn ids(self) -> OrganizationRef {
        OrganizationRef::parse(&self.organization_id)
    }
}

impl PathIds for api::ProjectPath {
    type Ids = (OrganizationRef, String);

    fn ids(self) -> (OrganizationRef, String) {
        (OrganizationRef::parse(&self.organization_id), self.id)
    }
}

impl PathIds for api::UserPath {
    type Ids = UserRef;

    fn ids(self) -> UserRef {
        UserRef::parse(&self.uuid)
    }
}

impl PathIds for api::PersonalApiKeyPath {
    type Ids = KeyRef;

    fn ids(self) -> KeyRef {
        KeyRef::parse(&self.id)
    }
}

impl PathIds for api::MemberPath {
    type Ids = (OrganizationRef, UserRef);

    fn ids(self) -> (OrganizationRef, UserRef) {
        (
            OrganizationRef::parse(&self.organization_id),
            UserRef::parse(&self.user_uuid),
        )
    }
}

impl PathIds for api::SignupPath {
    type Ids = RecordId;

    fn ids(self) -> RecordId {
        RecordId::parse(&self.invite_id)
    }
}

/// The paths of one record of an organization: `{organization_id}` and
/// the record's id.
macro_rules! organization_record_path {
    ($($path:ident . $id:ident),* $(,)?) => {$(
        impl PathIds for api::$path {
            type Ids = (OrganizationRef, RecordId);

            fn ids(self) -> (OrganizationRef, RecordId) {
                (
                    OrganizationRef::parse(&self.organization_id),
                    RecordId::parse(&self.$id),
                )
            }
        }
    )*};
}

organization_record_path!(
    InvitePath.invite_id,
    RolePath.role_id,
    CimdVerificationTokenPath.token_id,
    DomainPath.domain_id,
    RoleExternalReferencePath.reference_id,
    ProxyRecordPath.proxy_record_id,
    WebhookPath.webhook_id,
);

impl PathIds for api::WebhookDeliveryPath {
    type Ids = (OrganizationRef, RecordId, RecordId);

    fn ids(self) -> (OrganizationRef, RecordId, RecordId) {
        (
            OrganizationRef::parse(&self.organization_id),
            RecordId::parse(&self.webhook_id),
            RecordId::parse(&self.event_id),
        )
    }
}

impl PathIds for api::RoleMembershipPath {
    type Ids = (OrganizationRef, RecordId, RecordId);

    fn ids(self) -> (OrganizationRef, RecordId, RecordId) {
        (
            OrganizationRef::parse(&self.organization_id),
            RecordId::parse(&self.role_id),
            RecordId::parse(&self.role_membership_id),
        )
    }
}
