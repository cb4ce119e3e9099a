//! The two locales must offer the same messages with the same variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_in_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_in_inline(arg, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn catalogue(tag: &str) -> Catalogue {
    let mut messages = Catalogue::new();
    for (locale, file, source) in concord_i18n::sources() {
        if *locale != tag {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{locale}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(ast::Message {
                id,
                value,
                attributes,
                ..
            }) = entry
            {
                let mut vars = BTreeSet::new();
                if let Some(value) = &value {
                    variables_in_pattern(value, &mut vars);
                }
                for attribute in &attributes {
                    variables_in_pattern(&attribute.value, &mut vars);
                }
                let previous = messages.insert(id.name.to_owned(), vars);
                assert!(
                    previous.is_none(),
                    "{locale}/{file}: message `{}` is defined twice",
                    id.name
                );
            }
        }
    }
    messages
}

#[test]
fn english_and_chinese_have_the_same_ids_and_variables() {
    let en = catalogue("en");
    let zh = catalogue("zh-CN");
    assert!(en.len() > 20, "suspiciously few messages: {}", en.len());
    let only_en: Vec<_> = en.keys().filter(|id| !zh.contains_key(*id)).collect();
    let only_zh: Vec<_> = zh.keys().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        only_en.is_empty() && only_zh.is_empty(),
        "only in en: {only_en:?}; only in zh-CN: {only_zh:?}"
    );
    for (id, vars) in &en {
        assert_eq!(
            Some(vars),
            zh.get(id),
            "message `{id}` has different variables"
        );
    }
}

#[test]
fn each_file_exists_in_both_locales() {
    let files = |tag: &str| -> BTreeSet<&str> {
        concord_i18n::sources()
            .iter()
            .filter(|(l, _, _)| *l == tag)
            .map(|(_, f, _)| *f)
            .collect()
    };
    assert_eq!(files("en"), files("zh-CN"));
}
