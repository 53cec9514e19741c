//! Queries through statements prepared once per connection.
//!
//! tokio-postgres runs a query given as text in two round trips: it
//! prepares the text (and learns its parameter and column types), then
//! binds and executes it. deadpool keeps each pooled connection's prepared
//! statements by text, so these methods cost one round trip once a
//! connection has seen the text. Every statement of the backend goes
//! through them; with several statements per write and per authenticated
//! read, the round trips were most of a request's time.

use deadpool_postgres::GenericClient;
use std::future::Future;
use tokio_postgres::types::ToSql;
use tokio_postgres::Error;
use tokio_postgres::Row;

type Params<'a> = [&'a (dyn ToSql + Sync)];

/// [`GenericClient`]'s queries, on the connection's prepared statements.
pub(super) trait CachedStatements: GenericClient + Sync {
    fn execute_cached<'a>(
        &'a self,
        sql: &'a str,
        params: &'a Params<'a>,
    ) -> impl Future<Output = Result<u64, Error>> + Send + 'a {
        async move {
            let statement = self.prepare_cached(sql).await?;
            self.execute(&statement, params).await
        }
    }

    fn query_cached<'a>(
        &'a self,
        sql: &'a str,
        params: &'a Params<'a>,
    ) -> impl Future<Output = Result<Vec<Row>, Error>> + Send + 'a {
        async move {
            let statement = self.prepare_cached(sql).await?;
            self.query(&statement, params).await
        }
    }

    fn query_one_cached<'a>(
        &'a self,
        sql: &'a str,
        params: &'a Params<'a>,
    ) -> impl Future<Output = Result<Row, Error>> + Send + 'a {
        async move {
            let statement = self.prepare_cached(sql).await?;
            self.query_one(&statement, params).await
        }
    }

    fn query_opt_cached<'a>(
        &'a self,
        sql: &'a str,
        params: &'a Params<'a>,
    ) -> impl Future<Output = Result<Option<Row>, Error>> + Send + 'a {
        async move {
            let statement = self.prepare_cached(sql).await?;
            self.query_opt(&statement, params).await
        }
    }
}

impl<C: GenericClient + Sync> CachedStatements for C {}
