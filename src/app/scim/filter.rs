//! SCIM filters and attribute paths (RFC 7644 §3.4.2.2 and §3.5.2): a
//! small recursive-descent parser and an evaluator over a resource's JSON
//! representation.
//!
//! ## Why not a crate
//! `scim-filter` (the one maintained parser found) applies a filter to a
//! whole collection of serializable items only: it gives no syntax tree,
//! so it cannot serve PATCH paths (`emails[type eq "work"].value`), and
//! it brings nom 7 and rust_decimal for what is a few hundred lines here.
//!
//! ## What it accepts
//! The RFC's grammar: `and`, `or`, `not (...)`, parentheses, `pr` and the
//! comparison operators `eq ne co sw ew gt ge lt le`, value filters
//! (`emails[type eq "work"]`), sub-attributes, and attribute names with a
//! schema URN prefix. Beyond the RFC, a value filter may be followed by a
//! sub-attribute and a comparison (`emails[type eq "work"].value eq "x"`),
//! as identity providers send. Keywords and attribute names compare
//! case-insensitively; string values too, except for `id`, `externalId`
//! and `meta.version` (case-exact in RFC 7643).

use serde_json::Value;

/// The schema of the core attributes, which a path may name before an
/// attribute.
const CORE_SCHEMAS: [&str; 2] = [
    "urn:ietf:params:scim:schemas:core:2.0:User",
    "urn:ietf:params:scim:schemas:core:2.0:Group",
];
/// Deepest nesting of parentheses and value filters accepted.
const MAX_DEPTH: usize = 32;
/// Longest filter or path accepted, in bytes.
const MAX_LENGTH: usize = 4096;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

/// An attribute path: `[schema:]attr[\[filter\]][.sub]`.
#[derive(Clone, Debug, PartialEq)]
pub struct AttrPath {
    /// A schema URN other than the core ones (an extension), if named.
    pub schema: Option<String>,
    pub attr: String,
    /// A value filter on the elements of a multi-valued attribute.
    pub filter: Option<Box<Filter>>,
    pub sub: Option<String>,
}

/// A parsed filter.
#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
    Present(AttrPath),
    Compare(AttrPath, Op, Value),
    /// `attr[filter]` alone: some element matches.
    Has(AttrPath),
}

/// Why a filter or path was refused (SCIM's `invalidFilter` or
/// `invalidPath`).
#[derive(Debug, PartialEq)]
pub struct SyntaxError(pub String);

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Word(String),
    Literal(Value),
}

fn tokenize(text: &str) -> Result<Vec<Token>, SyntaxError> {
    if text.len() > MAX_LENGTH {
        return Err(SyntaxError(format!("longer than {MAX_LENGTH} bytes")));
    }
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(at, c)) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' | '[' | ']' => {
                chars.next();
                tokens.push(match c {
                    '(' => Token::Open,
                    ')' => Token::Close,
                    '[' => Token::OpenBracket,
                    _ => Token::CloseBracket,
                });
            }
            '"' => {
                // A JSON string: find its closing quote, then let serde
                // read the escapes.
                chars.next();
                let mut escaped = false;
                let mut end = None;
                for (index, c) in chars.by_ref() {
                    match (escaped, c) {
                        (true, _) => escaped = false,
                        (false, '\\') => escaped = true,
                        (false, '"') => {
                            end = Some(index);
                            break;
                        }
                        _ => {}
                    }
                }
                let end = end.ok_or_else(|| {
                    SyntaxError("a string is not closed".into())
                })?;
                let value: Value = serde_json::from_str(&text[at..=end])
                    .map_err(|_| SyntaxError("a string is malformed".into()))?;
                tokens.push(Token::Literal(value));
            }
            _ => {
                let mut end = text.len();
                while let Some(&(index, c)) = chars.peek() {
                    if c.is_whitespace() || "()[]\"".contains(c) {
                        end = index;
                        break;
                    }
                    chars.next();
                }
                tokens.push(Token::Word(text[at..end].to_string()));
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn expect(&mut self, token: Token, what: &str) -> Result<(), SyntaxError> {
        if self.next() == Some(token) {
            Ok(())
        } else {
            Err(SyntaxError(format!("expected {what}")))
        }
    }

    fn nested<T>(
        &mut self,
        inner: impl FnOnce(&mut Parser) -> Result<T, SyntaxError>,
    ) -> Result<T, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError("nested too deeply".into()));
        }
        let result = inner(self);
        self.depth -= 1;
        result
    }

    fn or(&mut self) -> Result<Filter, SyntaxError> {
        let mut left = self.and()?;
        while self.keyword("or") {
            self.next();
            let right = self.and()?;
            left = Filter::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Filter, SyntaxError> {
        let mut left = self.unary()?;
        while self.keyword("and") {
            self.next();
            let right = self.unary()?;
            left = Filter::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Filter, SyntaxError> {
        if self.keyword("not") {
            self.next();
            self.expect(Token::Open, "( after not")?;
            let inner = self.nested(Parser::or)?;
            self.expect(Token::Close, ")")?;
            return Ok(Filter::Not(Box::new(inner)));
        }
        if self.peek() == Some(&Token::Open) {
            self.next();
            let inner = self.nested(Parser::or)?;
            self.expect(Token::Close, ")")?;
            return Ok(inner);
        }
        let path = self.path()?;
        let Some(Token::Word(operator)) = self.peek().cloned() else {
            return match path.filter {
                Some(_) if path.sub.is_none() => Ok(Filter::Has(path)),
                _ => Err(SyntaxError("expected an operator".into())),
            };
        };
        let op = match operator.to_ascii_lowercase().as_str() {
            "pr" => {
                self.next();
                return Ok(Filter::Present(path));
            }
            "eq" => Op::Eq,
            "ne" => Op::Ne,
            "co" => Op::Co,
            "sw" => Op::Sw,
            "ew" => Op::Ew,
            "gt" => Op::Gt,
            "ge" => Op::Ge,
            "lt" => Op::Lt,
            "le" => Op::Le,
            _ if path.filter.is_some() && path.sub.is_none() => {
                return Ok(Filter::Has(path));
            }
            _ => {
                return Err(SyntaxError(format!(
                    "unknown operator {operator:?}"
                )))
            }
        };
        self.next();
        let value = match self.next() {
            Some(Token::Literal(value)) => value,
            Some(Token::Word(word)) => match word.as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" => Value::Null,
                number => serde_json::from_str::<serde_json::Number>(number)
                    .map(Value::Number)
                    .map_err(|_| {
                        SyntaxError(format!("{number:?} is not a value"))
                    })?,
            },
            _ => return Err(SyntaxError("expected a value".into())),
        };
        Ok(Filter::Compare(path, op, value))
    }

    fn path(&mut self) -> Result<AttrPath, SyntaxError> {
        let Some(Token::Word(word)) = self.next() else {
            return Err(SyntaxError("expected an attribute".into()));
        };
        let (schema, rest) = split_schema(&word);
        let (attr, sub) = match rest.split_once('.') {
            Some((attr, sub)) => (attr, Some(sub.to_string())),
            None => (rest, None),
        };
        if !is_name(attr) || !sub.as_deref().is_none_or(is_name) {
            return Err(SyntaxError(format!("{word:?} is not an attribute")));
        }
        let mut path =
            AttrPath { schema, attr: attr.to_string(), filter: None, sub };
        if path.sub.is_none() && self.peek() == Some(&Token::OpenBracket) {
            self.next();
            let inner = self.nested(Parser::or)?;
            self.expect(Token::CloseBracket, "]")?;
            path.filter = Some(Box::new(inner));
            // `].sub` follows the bracket without a space.
            if let Some(Token::Word(word)) = self.peek().cloned() {
                if let Some(sub) = word.strip_prefix('.') {
                    if !is_name(sub) {
                        return Err(SyntaxError(format!(
                            "{sub:?} is not a sub-attribute"
                        )));
                    }
                    path.sub = Some(sub.to_string());
                    self.next();
                }
            }
        }
        Ok(path)
    }
}

/// RFC 7643's ATTRNAME: a letter, then letters, digits, `_`, `-` or `$`
/// (`$ref`).
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || "_-$".contains(c))
}

/// Splits `urn:...:Schema:attr.sub` into the schema (None for the core
/// ones) and the rest.
fn split_schema(word: &str) -> (Option<String>, &str) {
    if !word.to_ascii_lowercase().starts_with("urn:") {
        return (None, word);
    }
    let Some((schema, rest)) = word.rsplit_once(':') else {
        return (None, word);
    };
    if CORE_SCHEMAS.iter().any(|core| core.eq_ignore_ascii_case(schema)) {
        (None, rest)
    } else {
        (Some(schema.to_string()), rest)
    }
}

/// Parses a filter (the `filter` query parameter).
pub fn parse_filter(text: &str) -> Result<Filter, SyntaxError> {
    let mut parser = Parser { tokens: tokenize(text)?, at: 0, depth: 0 };
    let filter = parser.or()?;
    if parser.at != parser.tokens.len() {
        return Err(SyntaxError("unexpected text after the filter".into()));
    }
    Ok(filter)
}

/// Parses a PATCH operation's `path`.
pub fn parse_path(text: &str) -> Result<AttrPath, SyntaxError> {
    let mut parser = Parser { tokens: tokenize(text)?, at: 0, depth: 0 };
    let path = parser.path()?;
    if parser.at != parser.tokens.len() {
        return Err(SyntaxError("unexpected text after the path".into()));
    }
    Ok(path)
}

/// The member of `object` named `name`, compared case-insensitively.
pub fn member<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object.as_object()?.iter().find_map(|(key, value)| {
        key.eq_ignore_ascii_case(name).then_some(value)
    })
}

/// Whether `resource` (a JSON representation) matches `filter`.
pub fn matches(filter: &Filter, resource: &Value) -> bool {
    match filter {
        Filter::And(a, b) => matches(a, resource) && matches(b, resource),
        Filter::Or(a, b) => matches(a, resource) || matches(b, resource),
        Filter::Not(inner) => !matches(inner, resource),
        Filter::Present(path) => {
            values_at(path, resource).iter().any(|value| {
                !matches!(value, Value::Null)
                    && *value != &Value::String(String::new())
            })
        }
        Filter::Has(path) => !values_at(path, resource).is_empty(),
        Filter::Compare(path, op, expected) => {
            let exact = is_case_exact(path);
            values_at(path, resource)
                .iter()
                .any(|value| compare(value, *op, expected, exact))
        }
    }
}

/// The attribute ids, externalId and meta.version compare case-exactly.
fn is_case_exact(path: &AttrPath) -> bool {
    let attr = path.attr.to_ascii_lowercase();
    matches!(attr.as_str(), "id" | "externalid")
        || (attr == "meta"
            && path
                .sub
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case("version")))
}

/// The values a path reaches in a resource: the attribute's, or each
/// element's of a multi-valued one (filtered, then their sub-attribute or,
/// for complex elements without one, their `value`).
fn values_at<'a>(path: &AttrPath, resource: &'a Value) -> Vec<&'a Value> {
    let container = match &path.schema {
        Some(schema) => member(resource, schema),
        None => Some(resource),
    };
    let Some(value) = container.and_then(|c| member(c, &path.attr)) else {
        return Vec::new();
    };
    let elements: Vec<&Value> = match value {
        Value::Array(items) => items
            .iter()
            .filter(|item| {
                path.filter.as_ref().is_none_or(|f| matches(f, item))
            })
            .collect(),
        single if path.filter.is_none() => vec![single],
        _ => Vec::new(),
    };
    elements
        .into_iter()
        .filter_map(|element| match (&path.sub, element) {
            (Some(sub), element) => member(element, sub),
            (None, Value::Object(_))
                if value.is_array() && path.filter.is_none() =>
            {
                member(element, "value")
            }
            (None, element) => Some(element),
        })
        .collect()
}

fn compare(actual: &Value, op: Op, expected: &Value, exact: bool) -> bool {
    use std::cmp::Ordering;
    let ordering = match (actual, expected) {
        (Value::String(a), Value::String(b)) => {
            let (a, b) = if exact {
                (a.clone(), b.clone())
            } else {
                (a.to_lowercase(), b.to_lowercase())
            };
            match op {
                Op::Co => return a.contains(&b),
                Op::Sw => return a.starts_with(&b),
                Op::Ew => return a.ends_with(&b),
                _ => a.cmp(&b),
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            match a
                .as_f64()
                .zip(b.as_f64())
                .and_then(|(a, b)| a.partial_cmp(&b))
            {
                Some(ordering) => ordering,
                None => return false,
            }
        }
        (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
        (Value::Null, Value::Null) => Ordering::Equal,
        _ => return op == Op::Ne,
    };
    match op {
        Op::Eq => ordering == Ordering::Equal,
        Op::Ne => ordering != Ordering::Equal,
        Op::Gt => ordering == Ordering::Greater,
        Op::Ge => ordering != Ordering::Less,
        Op::Lt => ordering == Ordering::Less,
        Op::Le => ordering != Ordering::Greater,
        Op::Co | Op::Sw | Op::Ew => false,
    }
}

#[cfg(test)]
mod test {
    use super::matches;
    use super::parse_filter;
    use super::parse_path;
    use serde_json::json;

    fn user() -> serde_json::Value {
        json!({
            "id": "AbC",
            "externalId": "Ext-1",
            "userName": "Jane@Example.com",
            "name": {"givenName": "Jane", "familyName": "Doe"},
            "emails": [
                {"value": "jane@example.com", "type": "work", "primary": true},
                {"value": "jd@home.test", "type": "home"}
            ],
            "active": true,
            "meta": {"version": "W/\"1\""}
        })
    }

    fn check(filter: &str) -> bool {
        matches(&parse_filter(filter).unwrap(), &user())
    }

    #[test]
    fn test_filter_matches_what_providers_send() {
        assert!(check(r#"userName eq "jane@example.com""#));
        assert!(check(r#"USERNAME Eq "JANE@EXAMPLE.COM""#));
        assert!(check(r#"emails[type eq "work"].value eq "jane@example.com""#));
        assert!(!check(
            r#"emails[type eq "home"].value eq "jane@example.com""#
        ));
        assert!(check(r#"emails.value eq "jd@home.test""#));
        assert!(check(r#"emails eq "jd@home.test""#));
        assert!(check(r#"externalId eq "Ext-1""#));
        assert!(!check(r#"externalId eq "ext-1""#));
        assert!(!check(r#"id eq "abc""#));
        assert!(check(
            r#"urn:ietf:params:scim:schemas:core:2.0:User:userName sw "jane""#
        ));
        assert!(check(r#"name.familyName co "o" and active eq true"#));
        assert!(check(
            r#"userName eq "x" or (active eq true and not (name.givenName ew "x"))"#
        ));
        assert!(check(r#"emails[type eq "work" and primary eq true]"#));
        assert!(check("name.givenName pr"));
        assert!(!check("displayName pr"));
        assert!(check(r#"meta.version eq "W/\"1\"""#));
        assert!(!check(r#"userName ne "jane@example.com""#));
        assert!(check(r#"userName gt "a" and userName lt "z""#));
    }

    #[test]
    fn test_filter_syntax_errors() {
        for bad in [
            "",
            "userName",
            "userName eq",
            r#"userName xx "a""#,
            r#"userName eq "a" and"#,
            r#"(userName eq "a""#,
            r#"userName eq "a" extra"#,
            r#"userName eq "unclosed"#,
            r#"emails[type eq "work""#,
            r#"1abc eq "a""#,
            "userName eq bare",
            &"(".repeat(100),
            &"a".repeat(5000),
        ] {
            assert!(parse_filter(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn test_paths() {
        let path = parse_path(r#"emails[type eq "work"].value"#).unwrap();
        assert_eq!(path.attr, "emails");
        assert_eq!(path.sub.as_deref(), Some("value"));
        assert!(path.filter.is_some());
        let path = parse_path(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
        )
        .unwrap();
        assert_eq!(
            path.schema.as_deref(),
            Some("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
        );
        assert_eq!(path.attr, "department");
        let path = parse_path("name.givenName").unwrap();
        assert_eq!(
            (path.attr.as_str(), path.sub.as_deref()),
            ("name", Some("givenName"))
        );
        assert!(parse_path(r#"members[value eq "1"]"#)
            .unwrap()
            .filter
            .is_some());
        assert!(parse_path("a b").is_err());
        assert!(parse_path("").is_err());
    }
}
