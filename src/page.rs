//! A page of a list: the vocabulary that the store, the application and
//! the HTTP layer share for lists, so that none of them reaches into
//! another for it. The store reads one page (never a whole list), the
//! application turns its records into views, and the HTTP layer wraps it
//! in PostHog's envelope with its links.

/// One page of a list, with the total across pages.
#[derive(Debug)]
pub struct Page<T> {
    pub count: u64,
    pub items: Vec<T>,
}

impl<T> Page<T> {
    /// The same page with every item converted.
    pub fn map<U>(self, convert: impl FnMut(T) -> U) -> Page<U> {
        Page {
            count: self.count,
            items: self.items.into_iter().map(convert).collect(),
        }
    }

    /// The same page with every item converted, or the first failure.
    pub fn try_map<U, E>(
        self,
        convert: impl FnMut(T) -> Result<U, E>,
    ) -> Result<Page<U>, E> {
        let items =
            self.items.into_iter().map(convert).collect::<Result<_, _>>()?;
        Ok(Page { count: self.count, items })
    }

    /// As [`Page::try_map`], with a conversion that awaits (the items'
    /// conversions run concurrently).
    pub async fn try_map_async<U, E, F>(
        self,
        convert: impl FnMut(T) -> F,
    ) -> Result<Page<U>, E>
    where
        F: std::future::Future<Output = Result<U, E>>,
    {
        let items =
            futures::future::try_join_all(self.items.into_iter().map(convert))
                .await?;
        Ok(Page { count: self.count, items })
    }
}

impl<T> Page<T> {
    /// The page from `offset` (at most `limit` items) of the items that
    /// `keep` accepts, with the number of all those it accepts: for lists
    /// whose filter only the application can say (every item is read, but
    /// only the page is kept).
    pub fn filtered<E>(
        items: impl IntoIterator<Item = Result<T, E>>,
        keep: impl Fn(&T) -> bool,
        offset: u64,
        limit: u64,
    ) -> Result<Page<T>, E> {
        Page::filtered_from(
            items,
            keep,
            Start::<()>::Offset(offset),
            |_, _| true,
            limit,
        )
    }

    /// As [`Page::filtered`], from `start`: after a place, the page holds
    /// the accepted items from the first that `beyond` says comes after it
    /// (the items come in the list's order).
    pub fn filtered_from<E, K>(
        items: impl IntoIterator<Item = Result<T, E>>,
        keep: impl Fn(&T) -> bool,
        start: Start<K>,
        beyond: impl Fn(&T, &K) -> bool,
        limit: u64,
    ) -> Result<Page<T>, E> {
        let (offset, after) = start.split();
        let mut count = 0;
        let mut page = Vec::new();
        let mut reached = after.is_none();
        for item in items {
            let item = item?;
            if keep(&item) {
                reached = reached
                    || after.as_ref().is_some_and(|after| beyond(&item, after));
                if reached && count >= offset && (page.len() as u64) < limit {
                    page.push(item);
                }
                count += 1;
            }
        }
        Ok(Page { count, items: page })
    }
}

/// Where a page of a list starts: `offset` items in, or just after the
/// item whose place in the list's order is `K` (keyset: the read costs
/// the page, never the items before it). A `next` link of a list that
/// can grow large carries the place of its page's last item (`after`),
/// so that following the links never rereads what it skips, and an item
/// added or removed before the page shifts nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Start<K> {
    Offset(u64),
    After(K),
}

impl<K> Start<K> {
    /// The offset to skip and the place to start after.
    pub fn split(self) -> (u64, Option<K>) {
        match self {
            Start::Offset(offset) => (offset, None),
            Start::After(after) => (0, Some(after)),
        }
    }

    /// The same start with its place converted.
    pub fn map<L>(self, convert: impl FnOnce(K) -> L) -> Start<L> {
        match self {
            Start::Offset(offset) => Start::Offset(offset),
            Start::After(after) => Start::After(convert(after)),
        }
    }
}

/// A place in a list in joining order (an organization's members, a
/// role's): joining time (to the microsecond, as both engines order it),
/// then the id that orders those who joined at once (the user's in an
/// organization's list, the role membership's in a role's).
#[derive(Clone, Copy, Debug, Eq, Ord, PartialEq, PartialOrd)]
pub struct JoinedPlace {
    pub joined_at: chrono::DateTime<chrono::Utc>,
    pub id: uuid::Uuid,
}

impl JoinedPlace {
    /// The place of whoever joined at `joined_at`, ordered by `id`.
    pub fn of(
        joined_at: chrono::DateTime<chrono::Utc>,
        id: uuid::Uuid,
    ) -> JoinedPlace {
        let micros = joined_at.timestamp_micros();
        let joined_at = chrono::DateTime::from_timestamp_micros(micros)
            .unwrap_or(joined_at);
        JoinedPlace { joined_at, id }
    }
}

/// Where a `next` link says its list continues (its `after`): the place
/// of the last item of the page before, as text: an id (`0190…`, where a
/// list is in id order, or where its place is found from an item's id) or
/// a joining time in microseconds and an id (`1765100000123456_0190…`,
/// lists in joining order).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum After {
    Id(uuid::Uuid),
    Joined(JoinedPlace),
}

impl After {
    /// The place that [`After::to_param`] wrote (none: not one).
    pub fn parse(text: &str) -> Option<After> {
        let id_in = |text: &str| uuid::Uuid::try_parse(text).ok();
        match text.split_once('_') {
            None => id_in(text).map(After::Id),
            Some((micros, id)) => Some(After::Joined(JoinedPlace {
                joined_at: chrono::DateTime::from_timestamp_micros(
                    micros.parse().ok()?,
                )?,
                id: id_in(id)?,
            })),
        }
    }

    pub fn to_param(&self) -> String {
        match self {
            After::Id(id) => id.simple().to_string(),
            After::Joined(place) => format!(
                "{}_{}",
                place.joined_at.timestamp_micros(),
                place.id.simple()
            ),
        }
    }
}
