"""Threads (:mod:`cleaner.html.threads`): on question-and-answer pages, forum threads and issue pages
every post is the article; per-post chrome is not, and a news article's reader comments stay residue."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import cleaner
from cleaner.html import dom

QUESTION = (
    "I have a DataFrame with a date column stored as strings and want to keep only the rows from the "
    "last thirty days, but comparing the column with a datetime raises a TypeError."
)
ACCEPTED = (
    "Convert the column to real timestamps first with to_datetime; after that the comparison works "
    "exactly as you expect it to, and the filter keeps the recent rows."
)
OTHER = "If the dates are ISO strings you can even skip the conversion, since they sort the same way as text."
SHORT = "Use a soft reset and the changes stay staged."
#: The question's code and closing line: with them the question is long enough for the extractor to
#: settle on it ("post-body" is an article's name) and drop the answers.
CODE = 'recent = df[df["date"] >= cutoff] # TypeError here'
ASK = "What is the right way to filter rows by date without converting every value by hand in a loop?"


def _post(kind: str, text: str, votes: int, user: str, comment: str = "", extra: str = "") -> str:
    comments = (
        f'<div class="comments js-comments-container"><ul class="comments-list"><li class="comment">'
        f'<span class="comment-copy">{comment}</span> <a class="comment-user">tdh</a></li></ul>'
        '<a class="js-add-link comments-link">Add a comment</a></div>'
        if comment
        else '<div class="comments js-comments-container"><a class="js-add-link comments-link">Add a comment</a></div>'
    )
    return (
        f'<div class="{kind} js-{kind}"><div class="post-layout">'
        f'<div class="votecell"><div class="js-vote-count">{votes}</div></div>'
        f'<div class="{kind}cell"><div class="s-prose js-post-body"><p>{text}</p>{extra}</div>'
        f'<div class="js-post-menu"><a href="/a/1">Share</a> <a href="/posts/1/edit">Improve this {kind}</a> '
        "<span>Follow</span></div>"
        f'<div class="post-signature"><div class="user-info">{kind}ed <span class="relativetime">Mar 4, 2021</span> '
        f'<a href="/users/1">{user}</a> <span class="reputation-score">1,204</span></div></div></div></div>'
        f"{comments}</div>"
    )


def qa_page(answers: list[str]) -> str:
    thanks = "Thanks, this helped me a lot today."
    body = "".join(_post("answer", text, 40 - k, f"user{k}", thanks) for k, text in enumerate(answers))
    return (
        "<html><head><title>How do I filter a DataFrame by date? - Q&amp;A</title></head><body>"
        '<header><a href="/">Q&amp;A</a><a href="/login">Log in</a></header>'
        '<div id="content"><h1>How do I filter a DataFrame by date?</h1><div id="mainbar" role="main">'
        + _post("question", QUESTION, 312, "mara_k", "Which version are you on?",
                f"<pre><code>import pandas as pd\n{CODE}\n</code></pre><p>{ASK}</p>")
        + f'<div id="answers"><div id="answers-header"><h2>{len(answers)} Answers</h2>'
        "<label>Sorted by:</label><a href='?sort'>Reset to default</a></div>"
        + body
        + "</div></div></div><footer><p>Site design / logo 2024</p></footer></body></html>"
    )


def test_question_and_every_answer_are_kept() -> None:
    out = cleaner.clean_html(qa_page([ACCEPTED + " " + ACCEPTED, OTHER, SHORT]))
    for text in (QUESTION, CODE, ASK, ACCEPTED, OTHER, SHORT):
        assert text in out, text
    for chrome in ("Sorted by", "Reset to default", "Improve this", "Share", "Follow", "mara_k", "user1",
                   "1,204", "312", "Answers", "Add a comment", "Thanks, this helped", "Which version"):
        assert chrome not in out, chrome


def test_question_with_one_answer() -> None:
    out = cleaner.clean_html(qa_page([SHORT + " " + OTHER]))
    assert QUESTION in out and SHORT in out and OTHER in out
    assert "Improve this" not in out and "Sorted by" not in out


def test_thread_is_found_on_the_page_shape() -> None:
    tree = LexborHTMLParser(qa_page([ACCEPTED, OTHER]), scripting=True)
    pruned = dom.prune(tree)
    assert len(pruned.posts) == 3 and pruned.thread_root is not None
    assert pruned.thread_root.attributes.get("id") == "mainbar"


def test_russian_qa_page() -> None:
    question = "Есть словарь, в котором ключи — названия городов, а значения — численность населения. Как вывести пары?"
    answer = "Передайте в sorted пары из items() и укажите ключ сортировки — второй элемент пары, тогда всё получится."
    html = qa_page([answer, "Вместо лямбды можно использовать operator.itemgetter(1) — это немного быстрее."])
    html = html.replace(QUESTION, question).replace("Sorted by:", "Сортировка:")
    out = cleaner.clean_html(html)
    assert question in out and answer in out and "itemgetter" in out
    assert "Сортировка" not in out


def _issue_comment(text: str, user: str) -> str:
    return (
        f'<div class="TimelineItem js-comment-container"><div class="timeline-comment comment">'
        f'<div class="timeline-comment-header"><h3><strong><a class="author" href="/{user}">{user}</a></strong> '
        f'commented <relative-time datetime="2024-02-02">Feb 2, 2024</relative-time></h3></div>'
        '<table class="d-block"><tbody><tr><td class="d-block comment-body markdown-body">'
        f"<p>{text}</p></td></tr></tbody></table>"
        '<div class="comment-reactions social-reactions"><span>👍 14</span></div></div></div>'
    )


def test_issue_whose_posts_are_all_named_comment() -> None:
    opening = "Parsing a document with lists nested more than forty levels deep never returns and the CPU stays busy."
    reply = ("Thanks for the report. The list-item lookahead rescans the whole remaining input at every level, "
             "which makes deep nesting exponential; a fix that caches the scan per line is coming in the next release.")
    third = "Same here with nested blockquotes, not only lists: sixty levels take over a minute."
    html = (
        "<html><body><h1>Parser hangs on deeply nested lists</h1><div class='js-discussion'>"
        + _issue_comment(opening, "jdoe") + _issue_comment(reply, "maint") + _issue_comment(third, "wren")
        + "</div><footer>© 2024</footer></body></html>"
    )
    out = cleaner.clean_html(html)
    for text in (opening, reply, third):
        assert text in out
    assert "commented" not in out and "👍" not in out


ARTICLE = "".join(
    f"<p>{s}</p>"
    for s in (
        "The city council voted 31 to 12 on Tuesday evening to approve a new tram line to the harbour district.",
        "The 4.8-kilometre line will have seven stops and is expected to carry 25,000 passengers a day.",
        "Construction is scheduled to begin next spring and take three years, at a cost of 210 million euros.",
        "Opposition councillors argued that an electric bus line could have been built for a third of the price.",
    )
)
COMMENT = "Finally! I have been waiting for this since we moved here in 2016, the buses are always packed."


def test_reader_comments_sharing_the_article_body_class_stay_residue() -> None:
    comments = "".join(
        f'<li class="comment"><div class="comment-meta"><b class="fn">reader{k}</b> <time>May 14, 2024</time></div>'
        f'<div class="text"><p>{COMMENT} ({k})</p></div><div class="reply"><a href="#respond">Reply</a></div></li>'
        for k in range(3)
    )
    html = (
        "<html><body><main><article><h1>Council approves tram line</h1>"
        '<div class="byline">By <a href="/lena">Lena Ortiz</a> <time>May 14, 2024</time></div>'
        f'<div class="text">{ARTICLE}</div></article>'
        f'<section id="comments"><h2>3 comments</h2><ol class="comment-list">{comments}</ol></section>'
        "</main></body></html>"
    )
    tree = LexborHTMLParser(html, scripting=True)
    assert dom.prune(tree).posts == []
    out = cleaner.clean_html(html)
    assert "seven stops" in out and "Opposition councillors" in out
    assert "Finally!" not in out


def test_next_article_of_an_endless_page_is_not_a_post() -> None:
    def story(title: str, body: str) -> str:
        return (
            f'<div class="story-wrap"><article><h1>{title}</h1><div class="byline">By <a class="author">Ann Lee</a> '
            f'<time>July 1, 2024</time></div><div class="article-body">{body}</div></article></div>'
        )

    nxt = "<p>The central library reopened on Saturday after a renovation that took two years and cost 14 million.</p>"
    html = f"<html><body>{story('Council approves tram line', ARTICLE)}{story('Library reopens', nxt)}</body></html>"
    tree = LexborHTMLParser(html, scripting=True)
    assert dom.prune(tree).posts == []
    assert "library reopened" not in cleaner.clean_html(html)


def test_repeats_without_author_or_time_are_no_thread() -> None:
    cards = "".join(
        f'<div class="card"><div class="text"><p>Teaser excerpt number {k} about another story of the site, '
        "told in one long sentence.</p></div></div>"
        for k in range(3)
    )
    html = f'<html><body><article><div class="text">{ARTICLE}</div></article><div class="more">{cards}</div></body>'
    tree = LexborHTMLParser(html, scripting=True)
    assert dom.prune(tree).posts == []


def test_layout_class_nested_in_itself_is_no_thread() -> None:
    html = (
        '<html><body><div class="row"><div class="row"><time>May 1</time><a class="author">Ann</a>'
        f'<div class="row">{ARTICLE}</div></div>'
        f'<div class="row"><time>May 2</time><a class="author">Bob</a><p>{COMMENT}</p></div></div></body></html>'
    )
    tree = LexborHTMLParser(html, scripting=True)
    assert dom.prune(tree).posts == []
