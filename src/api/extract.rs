//! Request extractors that report bad input the PostHog way, naming the
//! offending field in `attr`.
//!
//! ## Why not `TypedBody` and `Query`
//! Dropshot's own extractors reject bad input with a message that names no
//! field and no code. These parse the same input with `serde_path_to_error`,
//! so the error says which field failed and why (`required`,
//! `invalid_choice`, `null`, `invalid`). Their OpenAPI metadata is borrowed
//! from `TypedBody` and `Query`, so the document is the same as with those.

use super::error::ApiError;
use super::error::ErrorType;
use async_trait::async_trait;
use dropshot::ApiEndpointBodyContentType;
use dropshot::ExclusiveExtractor;
use dropshot::ExtractorMetadata;
use dropshot::HttpError;
use dropshot::Query;
use dropshot::RequestContext;
use dropshot::ServerContext;
use dropshot::SharedExtractor;
use dropshot::TypedBody;
use dropshot::UntypedBody;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

/// A JSON request body of type `T`, or why it could not be read.
///
/// The extractor itself never fails: a bad body is reported when the
/// handler asks for it, after authentication, so that an unauthenticated
/// or unauthorized request gets 401/403 whatever its body (as in PostHog,
/// where authentication runs before the body is parsed).
///
/// It also keeps the body's top-level `personal_api_key` string, if any:
/// PostHog accepts a personal API key there.
#[derive(Debug)]
pub struct JsonBody<T> {
    parsed: Result<T, ApiError>,
    personal_api_key: Option<String>,
    /// The body as a JSON document (see `read_body`): what an
    /// `Idempotency-Key` is checked to name the same request by.
    bytes: Vec<u8>,
}

impl<T> JsonBody<T> {
    /// The parsed body.
    pub fn into_inner(self) -> Result<T, ApiError> {
        self.parsed
    }

    /// The body as a JSON document (empty where it could not be read).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The body's `personal_api_key` field, when it is a string.
    pub fn personal_api_key(&self) -> Option<&str> {
        self.personal_api_key.as_deref()
    }
}

/// The one field of any body that authentication reads.
#[derive(serde::Deserialize)]
struct BodyCredential {
    personal_api_key: Option<serde_json::Value>,
}

/// The body's top-level `personal_api_key` string, if it has one (bodies
/// that do not mention the name are not parsed for it).
fn body_personal_api_key(bytes: &[u8]) -> Option<String> {
    const NAME: &[u8] = b"\"personal_api_key\"";
    if !bytes.windows(NAME.len()).any(|window| window == NAME) {
        return None;
    }
    match serde_json::from_slice::<BodyCredential>(bytes).ok()? {
        BodyCredential {
            personal_api_key: Some(serde_json::Value::String(key)),
        } => Some(key),
        _ => None,
    }
}

#[async_trait]
impl<T> ExclusiveExtractor for JsonBody<T>
where
    T: JsonSchema + DeserializeOwned + Send + Sync + 'static,
{
    async fn from_request<Context: ServerContext>(
        rqctx: &RequestContext<Context>,
        request: hyper::Request<dropshot::Body>,
    ) -> Result<JsonBody<T>, HttpError> {
        let body = match read_body::<T, Context>(rqctx, request).await {
            Ok(bytes) => bytes,
            Err(error) => {
                return Ok(JsonBody {
                    parsed: Err(error),
                    personal_api_key: None,
                    bytes: Vec::new(),
                })
            }
        };
        Ok(JsonBody {
            personal_api_key: body_personal_api_key(&body),
            parsed: parse_json_body::<T>(&body),
            bytes: body,
        })
    }

    fn metadata(content_type: ApiEndpointBodyContentType) -> ExtractorMetadata {
        TypedBody::<T>::metadata(content_type)
    }
}

/// How a request body is written, by its content type.
enum BodyFormat {
    /// JSON (`application/json`, `...+json`, or no content type).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`, with its boundary.
    Multipart(String),
}

/// The body's bytes as a JSON document: a JSON body as it came (once its
/// content type says JSON, its bytes are UTF-8, an empty one read as
/// `{}`), a form or multipart body as the JSON object its fields stand for
/// (see `form`).
async fn read_body<T: JsonSchema, Context: ServerContext>(
    rqctx: &RequestContext<Context>,
    request: hyper::Request<dropshot::Body>,
) -> Result<Vec<u8>, ApiError> {
    let format = body_format(request.headers())?;
    let body = UntypedBody::from_request(rqctx, request).await?;
    let fields =
        match format {
            BodyFormat::Json => return json_bytes(body.as_bytes()),
            BodyFormat::Form => serde_urlencoded::from_bytes::<
                Vec<(String, String)>,
            >(body.as_bytes())
            .map_err(|error| {
                ApiError::invalid_request(
                    "parse_error",
                    format!("Form parse error - {error}"),
                )
            })?,
            BodyFormat::Multipart(boundary) => {
                multipart_fields(body.as_bytes(), boundary).await?
            }
        };
    let object = super::form::form_to_object::<T>(fields);
    Ok(serde_json::to_vec(&object).expect("a JSON value serializes"))
}

/// The fields of a multipart body, as text.
async fn multipart_fields(
    bytes: &[u8],
    boundary: String,
) -> Result<Vec<(String, String)>, ApiError> {
    let parse_error = |error: multer::Error| {
        ApiError::invalid_request(
            "parse_error",
            format!("Multipart form parse error - {error}"),
        )
    };
    let chunk = multer::bytes::Bytes::copy_from_slice(bytes);
    let stream = futures::stream::once(std::future::ready(Ok::<
        _,
        std::convert::Infallible,
    >(chunk)));
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut fields = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(parse_error)? {
        let name = field.name().unwrap_or_default().to_string();
        fields.push((name, field.text().await.map_err(parse_error)?));
    }
    Ok(fields)
}

/// A JSON body's bytes, once they are known to be a JSON document's: UTF-8,
/// an empty body read as `{}`.
fn json_bytes(bytes: &[u8]) -> Result<Vec<u8>, ApiError> {
    // An empty body is an empty object, as in PostHog (Django REST
    // framework parses no content as `{}`).
    let bytes: &[u8] =
        if bytes.iter().all(u8::is_ascii_whitespace) { b"{}" } else { bytes };
    // JSON is UTF-8 throughout. serde_json checks that only in the strings
    // it keeps, not in the values of unknown fields it skips, so check the
    // whole body first (as PostHog, which decodes the body before parsing).
    if let Err(error) = std::str::from_utf8(bytes) {
        return Err(ApiError::invalid_request(
            "parse_error",
            format!("JSON parse error - invalid UTF-8: {error}"),
        ));
    }
    Ok(bytes.to_vec())
}

/// The body as a `T`, or PostHog's error naming the field that failed.
fn parse_json_body<T>(bytes: &[u8]) -> Result<T, ApiError>
where
    T: JsonSchema + DeserializeOwned,
{
    // No text may hold a null character, as in PostHog (Django REST
    // framework's `ProhibitNullCharactersValidator`); PostgreSQL could not
    // store one either.
    if let Some(attr) = null_character_at(bytes) {
        return Err(ApiError::validation(
            "null_characters_not_allowed",
            "Null characters are not allowed.",
            attr,
        ));
    }
    // A body of a named type (a struct) must be a JSON object; serde would
    // otherwise read a struct from an array, by position. (Array bodies
    // are `Vec`s, whose schemas are not named.)
    if let Some(kind) = non_object_kind(bytes).filter(|_| T::is_referenceable())
    {
        return Err(ApiError::validation(
            "invalid",
            format!("Invalid data. Expected a dictionary, but got {kind}."),
            None,
        ));
    }
    // An array body (the bulk invite, the only one) must be an array; say
    // so as PostHog does, rather than with serde's type message.
    if !T::is_referenceable()
        && is_array_schema::<T>()
        && non_object_kind(bytes) != Some("list")
        && serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok()
    {
        return Err(ApiError::validation("invalid", ARRAY_BODY_DETAIL, None));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| json_error(attr_of(error.path()), error.inner()))?;
    deserializer.end().map_err(|error| json_error(None, &error))?;
    Ok(value)
}

/// PostHog's detail for an array body that is not an array.
pub const ARRAY_BODY_DETAIL: &str =
    "This endpoint needs an array of data for bulk invite creation.";

/// Whether `T`'s schema is an array.
fn is_array_schema<T: JsonSchema>() -> bool {
    use schemars::schema::InstanceType;
    use schemars::schema::Schema;
    use schemars::schema::SingleOrVec;
    let mut generator = schemars::gen::SchemaGenerator::default();
    matches!(
        T::json_schema(&mut generator),
        Schema::Object(object)
            if object.instance_type
                == Some(SingleOrVec::Single(Box::new(InstanceType::Array)))
    )
}

/// Where the first null character (`\u0000` in a string or a key) of a
/// JSON body is, as PostHog names a field (`None` inside: at the root), or
/// None when there is none. Bodies that do not spell one are not parsed.
fn null_character_at(bytes: &[u8]) -> Option<Option<String>> {
    const NUL: &[u8] = b"\\u0000";
    if !bytes.windows(NUL.len()).any(|window| window.eq_ignore_ascii_case(NUL))
    {
        return None;
    }
    fn find(value: &serde_json::Value, path: &mut Vec<String>) -> bool {
        match value {
            serde_json::Value::String(text) => text.contains('\0'),
            serde_json::Value::Array(items) => {
                items.iter().enumerate().any(|(index, item)| {
                    path.push(index.to_string());
                    let found = find(item, path);
                    if !found {
                        path.pop();
                    }
                    found
                })
            }
            serde_json::Value::Object(fields) => {
                fields.iter().any(|(name, item)| {
                    path.push(name.clone());
                    let found = name.contains('\0') || find(item, path);
                    if !found {
                        path.pop();
                    }
                    found
                })
            }
            _ => false,
        }
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let mut path = Vec::new();
    find(&value, &mut path).then(|| (!path.is_empty()).then(|| path.join("__")))
}

/// What the body is, when it is well-formed JSON but not an object.
fn non_object_kind(bytes: &[u8]) -> Option<&'static str> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace())?;
    match first {
        b'{' => None,
        b'[' => Some("list"),
        b'"' => Some("str"),
        b't' | b'f' => Some("bool"),
        b'n' => Some("null"),
        b'-' | b'0'..=b'9' => Some("number"),
        // Not JSON at all: the parser says why.
        _ => None,
    }
}

/// JSON, form and multipart bodies are accepted, as PostHog's (Django
/// REST framework's default parsers); a missing content type is taken as
/// JSON.
fn body_format(headers: &http::HeaderMap) -> Result<BodyFormat, ApiError> {
    let Some(value) = headers.get(http::header::CONTENT_TYPE) else {
        return Ok(BodyFormat::Json);
    };
    let text = String::from_utf8_lossy(value.as_bytes()).to_string();
    let mime = text.split(';').next().unwrap_or("").trim().to_lowercase();
    if mime == "application/json" || mime.ends_with("+json") {
        Ok(BodyFormat::Json)
    } else if mime == "application/x-www-form-urlencoded" {
        Ok(BodyFormat::Form)
    } else if mime == "multipart/form-data" {
        let boundary = multer::parse_boundary(&text).map_err(|_| {
            ApiError::invalid_request(
                "parse_error",
                "Multipart form parse error - Invalid boundary in multipart: \
                 None",
            )
        })?;
        Ok(BodyFormat::Multipart(boundary))
    } else {
        Err(ApiError::new(
            415,
            ErrorType::InvalidRequest,
            "unsupported_media_type",
            format!("Unsupported media type \"{text}\" in request."),
            None,
        ))
    }
}

/// Turns a serde_json failure at `attr` into PostHog's error.
fn json_error(attr: Option<String>, error: &serde_json::Error) -> ApiError {
    use serde_json::error::Category;
    let message = strip_position(&error.to_string());
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            ApiError::invalid_request(
                "parse_error",
                format!("JSON parse error - {message}"),
            )
        }
        Category::Data => data_error(attr, &message),
    }
}

/// Maps a data error (the JSON is well formed but does not fit the type)
/// to a validation error with PostHog's codes.
pub(crate) fn data_error(attr: Option<String>, message: &str) -> ApiError {
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return ApiError::validation(
            "required",
            "This field is required.",
            Some(join_attr(attr, field)),
        );
    }
    if message.starts_with("invalid type: null") {
        return ApiError::validation(
            "null",
            "This field may not be null.",
            attr,
        );
    }
    if message.starts_with("unknown variant") {
        let value = message.split('`').nth(1).unwrap_or_default();
        return ApiError::validation(
            "invalid_choice",
            format!("\"{value}\" is not a valid choice."),
            attr,
        );
    }
    ApiError::validation("invalid", message, attr)
}

/// serde_json appends " at line L column C" to its messages.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// PostHog joins nested field names with `__`; the root is no field.
fn attr_of(path: &serde_path_to_error::Path) -> Option<String> {
    let segments: Vec<String> = path
        .iter()
        .map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => index.to_string(),
            serde_path_to_error::Segment::Map { key } => key.clone(),
            serde_path_to_error::Segment::Enum { variant } => variant.clone(),
            serde_path_to_error::Segment::Unknown => "?".to_string(),
        })
        .collect();
    if segments.is_empty() {
        None
    } else {
        Some(segments.join("__"))
    }
}

fn join_attr(parent: Option<String>, field: &str) -> String {
    match parent {
        Some(parent) => format!("{parent}__{field}"),
        None => field.to_string(),
    }
}

/// Query-string parameters of type `T`, or why they could not be read
/// (reported when the handler asks, after authentication, as with
/// [`JsonBody`]).
#[derive(Debug)]
pub struct QueryParams<T>(Result<T, ApiError>);

impl<T> QueryParams<T> {
    /// The parsed parameters.
    pub fn into_inner(self) -> Result<T, ApiError> {
        self.0
    }
}

#[async_trait]
impl<T> SharedExtractor for QueryParams<T>
where
    T: JsonSchema + DeserializeOwned + Send + Sync + 'static,
{
    async fn from_request<Context: ServerContext>(
        rqctx: &RequestContext<Context>,
    ) -> Result<QueryParams<T>, HttpError> {
        let query = rqctx.request.uri().query().unwrap_or("");
        let deserializer = serde_urlencoded::Deserializer::new(
            form_urlencoded::parse(query.as_bytes()),
        );
        let parsed =
            serde_path_to_error::deserialize(deserializer).map_err(|error| {
                let attr = attr_of(error.path());
                query_error(attr, &error.into_inner().to_string())
            });
        Ok(QueryParams(parsed))
    }

    fn metadata(content_type: ApiEndpointBodyContentType) -> ExtractorMetadata {
        <Query<T> as SharedExtractor>::metadata(content_type)
    }
}

/// Query-string parameters of type `T` where a list may be given by
/// repeating its parameter (`?scopes=a&scopes=b`): a parameter given more
/// than once reaches `T` as one JSON array of its values, a form `T` reads
/// as it reads an array given once. Otherwise as [`QueryParams`].
#[derive(Debug)]
pub struct ListQuery<T>(Result<T, ApiError>);

impl<T> ListQuery<T> {
    /// The parsed parameters.
    pub fn into_inner(self) -> Result<T, ApiError> {
        self.0
    }
}

#[async_trait]
impl<T> SharedExtractor for ListQuery<T>
where
    T: JsonSchema + DeserializeOwned + Send + Sync + 'static,
{
    async fn from_request<Context: ServerContext>(
        rqctx: &RequestContext<Context>,
    ) -> Result<ListQuery<T>, HttpError> {
        let query = rqctx.request.uri().query().unwrap_or("");
        let mut pairs: Vec<(String, Vec<String>)> = Vec::new();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            match pairs.iter_mut().find(|(seen, _)| *seen == name) {
                Some((_, values)) => values.push(value.into_owned()),
                None => {
                    pairs.push((name.into_owned(), vec![value.into_owned()]))
                }
            }
        }
        let collapsed = pairs.into_iter().map(|(name, mut values)| {
            let value = match values.len() {
                1 => values.remove(0),
                _ => serde_json::Value::from(values).to_string(),
            };
            (name, value)
        });
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(collapsed)
            .finish();
        let deserializer = serde_urlencoded::Deserializer::new(
            form_urlencoded::parse(encoded.as_bytes()),
        );
        let parsed =
            serde_path_to_error::deserialize(deserializer).map_err(|error| {
                let attr = attr_of(error.path());
                query_error(attr, &error.into_inner().to_string())
            });
        Ok(ListQuery(parsed))
    }

    fn metadata(content_type: ApiEndpointBodyContentType) -> ExtractorMetadata {
        <Query<T> as SharedExtractor>::metadata(content_type)
    }
}

/// A count in a query (`limit`, `offset`): digits only; a number too large
/// for 64 bits is read as the largest one, as PostHog (whose integers have
/// no bound) would serve it: the largest page, or an empty one.
pub fn saturating_count<'de, D>(
    deserializer: D,
) -> Result<Option<u64>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::de::Error;
    use serde::Deserialize;
    let Some(text) = Option::<String>::deserialize(deserializer)? else {
        return Ok(None);
    };
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(D::Error::custom("expected a non-negative integer"));
    }
    Ok(Some(text.parse().unwrap_or(u64::MAX)))
}

fn query_error(attr: Option<String>, message: &str) -> ApiError {
    let detail = match &attr {
        Some(name) => {
            format!("Invalid value for query parameter `{name}`: {message}.")
        }
        None => format!("Invalid query string: {message}."),
    };
    ApiError::validation("invalid", detail, attr)
}
