//! The ids a request's path names, typed: the HTTP layer parses each path
//! segment once, and the app's operations take these.
//!
//! ## Why parsing never fails
//! A segment that is not a UUID names nothing, and a path to nothing is
//! not found; but when it is answered matters. The caller is authenticated
//! first (a caller without credentials learns nothing from a path), the
//! organization is looked up next (one the caller cannot see is not found
//! whatever else the path says), and only then is a record looked for. So
//! a malformed id is kept as "names nothing" ([`RecordId`] holding no
//! UUID) and reported where the app looks for the record, as the same
//! 404 it gives for a UUID that names nothing.
//!
//! The path parameters stay strings on the wire (`@current` and `@me` are
//! not UUIDs), so the document is unchanged.

use crate::store::NamedOrganization;
use uuid::Uuid;

/// The path segment that stands for the caller's current organization, and
/// for the calling key.
const CURRENT: &str = "@current";
/// The path segment that stands for the calling user.
const ME: &str = "@me";

/// A record's id as a path gives it: its UUID, or none when the segment
/// is not a UUID (a path to nothing).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct RecordId(Option<Uuid>);

impl RecordId {
    pub fn parse(segment: &str) -> RecordId {
        RecordId(Uuid::parse_str(segment).ok())
    }

    /// The UUID, if the segment was one.
    pub fn uuid(self) -> Option<Uuid> {
        self.0
    }
}

/// What a project's `{id}` names: one by its numeric id, the caller's
/// current project (`@current`), or nothing (not a number).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum ProjectRef {
    Id(i64),
    Current,
    NotANumber,
}

impl ProjectRef {
    pub fn parse(segment: &str) -> ProjectRef {
        match segment {
            CURRENT => ProjectRef::Current,
            _ => segment.parse().map_or(ProjectRef::NotANumber, ProjectRef::Id),
        }
    }
}

/// What `{organization_id}` names: the caller's current organization
/// (`@current`) or one by id.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum OrganizationRef {
    Current,
    Id(RecordId),
}

impl OrganizationRef {
    pub fn parse(segment: &str) -> OrganizationRef {
        match segment {
            CURRENT => OrganizationRef::Current,
            _ => OrganizationRef::Id(RecordId::parse(segment)),
        }
    }

    /// The organization named, as the store reads it; None when the path
    /// names none.
    pub(super) fn named(self) -> Option<NamedOrganization> {
        match self {
            OrganizationRef::Current => Some(NamedOrganization::Current),
            OrganizationRef::Id(id) => id.uuid().map(NamedOrganization::Id),
        }
    }
}

/// What a user or member path names: the caller (`@me`) or a user by id.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum UserRef {
    Me,
    Id(RecordId),
}

impl UserRef {
    pub fn parse(segment: &str) -> UserRef {
        match segment {
            ME => UserRef::Me,
            _ => UserRef::Id(RecordId::parse(segment)),
        }
    }
}

/// What a personal API key path names: the calling key (`@current`) or a
/// key by id.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum KeyRef {
    Current,
    Id(RecordId),
}

impl KeyRef {
    pub fn parse(segment: &str) -> KeyRef {
        match segment {
            CURRENT => KeyRef::Current,
            _ => KeyRef::Id(RecordId::parse(segment)),
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn test_segments_parse_to_what_they_name() {
        let id = Uuid::now_v7();
        let named = RecordId(Some(id));
        let nothing = RecordId(None);
        assert_eq!(RecordId::parse(&id.to_string()), named);
        assert_eq!(RecordId::parse("@current"), nothing);
        assert_eq!(
            OrganizationRef::parse("@current"),
            OrganizationRef::Current
        );
        assert_eq!(
            OrganizationRef::parse(&id.to_string()),
            OrganizationRef::Id(named)
        );
        assert_eq!(OrganizationRef::parse("@me"), OrganizationRef::Id(nothing));
        assert_eq!(UserRef::parse("@me"), UserRef::Me);
        assert_eq!(UserRef::parse("@current"), UserRef::Id(nothing));
        assert_eq!(KeyRef::parse("@current"), KeyRef::Current);
        assert_eq!(KeyRef::parse("x"), KeyRef::Id(nothing));
    }
}
