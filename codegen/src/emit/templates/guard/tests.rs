//! The rewriting, checked: what the rewritten templates call, on which lines, and that they
//! write what the originals did.

use minijinja::machinery::WhitespaceConfig;

use super::*;

fn whitespace() -> WhitespaceConfig {
    WhitespaceConfig {
        keep_trailing_newline: true,
        lstrip_blocks: true,
        trim_blocks: true,
    }
}

fn rewrite(source: &str) -> String {
    instrument(source, whitespace(), &IncludeCosts::default())
        .unwrap()
        .source
}

#[test]
fn operators_become_checked_calls_on_the_same_lines() {
    assert_eq!(rewrite("{{ a ~ b }}"), "{{ __cat(a , b) }}");
    assert_eq!(
        rewrite("{{ (a ~ \"b\") ~ y * 2 }}"),
        "{{ __cat((__cat(a , \"b\")) , __mul(y , 2)) }}"
    );
    assert_eq!(rewrite("{{ a + b ~ c }}"), "{{ __add(a , __cat(b , c)) }}");
    assert_eq!(rewrite("{{ ((a)) + [1] }}"), "{{ __add(((a)) , [1]) }}");
    assert_eq!(rewrite("{{ x\n~\ny }}"), "{{ __cat(x\n,\ny) }}");
    assert_eq!(rewrite("{{ a - b / c }}"), "{{ a - b / c }}");
}

#[test]
fn bodies_that_repeat_count_their_text_and_keep_their_whitespace() {
    assert_eq!(
        rewrite("{% for x in y -%}\n  ab\n  {%- endfor %}"),
        "{% for x in y -%}{% if __charge(2) -%}\n  ab\n  {%- endif %}{%- endfor %}"
    );
    assert_eq!(
        rewrite("{% macro m() %}\nxyz\n{% endmacro %}"),
        "{% macro m() %}{% if __charge(4) %}\nxyz\n{% endif %}{% endmacro %}"
    );
    assert_eq!(
        rewrite("{% for x in y %}a{% else %}none{% endfor %}"),
        "{% for x in y %}{% if __charge(1) %}a{% endif %}{% else %}none{% endfor %}"
    );
    // Nothing to count: nothing changes.
    assert_eq!(
        rewrite("{% for x in y %}{{ x }}{% endfor %}"),
        "{% for x in y %}{{ x }}{% endfor %}"
    );
}

#[test]
fn the_rewritten_templates_write_what_the_originals_did() {
    let sources = [
        "{% for x in items -%}\n  a {{ x ~ \"!\" }}\n  {%- endfor %}\n",
        "{% for x in items %}\n    {{ x }}\n  {% endfor %}\nend\n",
        "{% macro m(a) %}\n  <{{ a ~ a }}>\n{% endmacro %}\n{% for x in items %}{{ m(x) }}{% else %}none{% endfor %}\n",
        "{% for x in items recursive %}[{{ x }}{% if x is sequence %}{{ loop(x) }}{% endif %}]{% endfor %}",
        "{% set s %}\n{% for x in items %}  {{ x }},\n{% endfor %}\n{% endset %}{{ s | upper }}|{{ [1] + [2] }}|{{ 3 * 4 }}",
        "{% call(x) m2() %}\n   in {{ x }}\n{% endcall %}\n{% macro m2() %}{{ caller(1) }}{% endmacro %}",
        "{%- for x in items +%}\n  {%+ if x %}y{% endif +%}\n{%+ endfor -%}\n",
        "{{ \"a\" ~ 1 ~ none ~ true ~ [1, \"x\"] ~ {\"k\": 1} ~ 1.5 ~ items }}",
        "{{ [1] + items }} {{ (items + [3]) | length }} {{ 2 * 3.5 }} {{ items * 2 }} {{ \"-\" * 3 }}",
        "{{ 1 + \"a\" }}",
        "{{ undefined_thing ~ \"a\" }}",
        "{{ \"a\" * -1 }}|{{ 9223372036854775807 + 1 }}",
    ];
    let items = Value::from_serialize(["a", "b"]);
    for source in sources {
        let mut plain = Environment::new();
        plain.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        plain.set_trim_blocks(true);
        plain.set_lstrip_blocks(true);
        plain.set_keep_trailing_newline(true);
        let mut checked = plain.clone();
        install(&mut checked, &Arc::new(Budget::new(Limits::default())));
        let rewritten = rewrite(source);
        let want = plain.render_str(source, context! { items => items.clone() });
        let got = checked.render_str(&rewritten, context! { items => items.clone() });
        assert_eq!(
            got.as_ref().map_err(ToString::to_string),
            want.as_ref().map_err(ToString::to_string),
            "{source:?} became {rewritten:?}"
        );
        assert_eq!(source.lines().count(), rewritten.lines().count());
    }
}

#[test]
fn an_include_counts_the_text_of_what_it_brings_in() {
    let part = "{% for x in items %}<{{ x }}>{% endfor %}\npart\n";
    let page = "{% for x in items %}{% include \"part.j2\" %}{% endfor %}";
    let top = instrument(part, whitespace(), &IncludeCosts::default()).unwrap();
    // `part\n` (the line break after `endfor` is trimmed); the loop counts its own text.
    assert_eq!(top.top_text, 5);
    let costs = IncludeCosts([("part.j2".to_owned(), top.top_text)].into());
    let rewritten = instrument(page, whitespace(), &costs).unwrap().source;
    assert_eq!(
        rewritten,
        "{% for x in items %}{% include __include(\"part.j2\", 5) %}{% endfor %}"
    );
    let mut env = Environment::new();
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    install(&mut env, &Arc::new(Budget::new(Limits::default())));
    env.add_template_owned("part.j2", top.source).unwrap();
    env.add_template_owned("page.j2", rewritten).unwrap();
    let items = Value::from_serialize(["a", "b"]);
    let page = env.get_template("page.j2").unwrap();
    assert_eq!(
        page.render(context! { items }).unwrap(),
        "<a><b>part\n<a><b>part\n"
    );
}

#[test]
fn templates_may_not_use_the_reserved_names() {
    let refused = instrument(
        "x\n{{ __cat(1, 2) }}",
        whitespace(),
        &IncludeCosts::default(),
    );
    assert!(
        matches!(refused, Err(NotInstrumented::Refused(2, _))),
        "{refused:?}"
    );
    let broken = instrument("{{ x ~ }}", whitespace(), &IncludeCosts::default());
    assert_eq!(broken, Err(NotInstrumented::Syntax));
}
