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
        let end = offset.saturating_add(limit);
        let mut count = 0;
        let mut page = Vec::new();
        for item in items {
            let item = item?;
            if keep(&item) {
                if (offset..end).contains(&count) {
                    page.push(item);
                }
                count += 1;
            }
        }
        Ok(Page { count, items: page })
    }
}
