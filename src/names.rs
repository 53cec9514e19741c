//! When two names are the same name: the comparison behind every name that
//! must be unique (role names in an organization).
//!
//! Comparing lowercased text lets look-alikes through: `Admins` with a
//! zero-width joiner, `Ad` + soft hyphen + `mins`, or a fullwidth `Ａdmins`
//! all read as `Admins` and would be accepted beside it. Names are compared
//! by their Unicode `NFKC_Casefold` form instead: default-ignorable code
//! points removed, compatibility-normalized (NFKC) and case-folded, with
//! the Unicode data and algorithms of ICU4X (the same crates that `url`
//! already brings in for IDNA). The name itself stays stored as typed.

use icu_casemap::CaseMapper;
use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::props::DefaultIgnorableCodePoint;
use icu_properties::CodePointSetData;

/// The form in which two names compare equal exactly when they are the same
/// name to a reader.
pub fn comparison_key(name: &str) -> String {
    let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>();
    let visible: String =
        name.chars().filter(|c| !ignorable.contains(*c)).collect();
    let nfkc = ComposingNormalizerBorrowed::new_nfkc();
    let composed = nfkc.normalize(&visible);
    let folded = CaseMapper::new().fold_string(&composed);
    nfkc.normalize(&folded).into_owned()
}

#[cfg(test)]
mod test {
    use super::comparison_key;

    #[test]
    fn test_look_alikes_compare_equal() {
        let admins = comparison_key("Admins");
        assert_eq!(admins, "admins");
        for look_alike in [
            "Ad\u{200d}mins",
            "Ad\u{00ad}mins",
            "\u{ff21}dmins",
            "ADMINS",
            "\u{feff}Admins",
        ] {
            assert_eq!(comparison_key(look_alike), admins, "{look_alike:?}");
        }
        // Case folding, not lowercasing: ß folds to ss.
        assert_eq!(comparison_key("Straße"), comparison_key("STRASSE"));
    }

    #[test]
    fn test_different_names_stay_different() {
        assert_ne!(comparison_key("Admins"), comparison_key("Admin"));
        assert_ne!(comparison_key("Ops-1"), comparison_key("Ops 1"));
    }
}
