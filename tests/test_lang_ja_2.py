"""Japanese pages, a second probe: broadcasters, national dailies, portals, a tech site, a
municipal site, a recipe and a blog, in genres the first probe (``test_lang_zh_ja.py``) was not
written from.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Half of the pages are what a naive scraper keeps (all the visible text: a public broadcaster's
news page, a national daily's report, a business daily's market page with its index widget, a
city office's notice, a sports paper's baseball report with the line score), half what an
extractor lets through (a national daily's paywalled report, a portal's syndicated report with
its readers' comments, a tech news site's report, a recipe site's recipe, a personal blog with
its comments). The article lines resemble residue on purpose: reported speech about comments
(コメント), statements and sharing; a recipe's imperatives; subheadings without punctuation; list
items and number lines; a line about reprinting without permission.

Measured when the probe was written, before any rule change (10 pages, 75 article and 166 residue
lines): article lines lost 4 (a city notice's two subheadings and a recipe's "作り方" before the first
long paragraph, a player's figures' heading "岡本和の成績" after the last), residue lines left 17.
After: article lines lost 0, residue lines left 5 (a line score, a blog's theme label, a city
office's address row: see ``RESIDUE_LEFT``).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_gate_admits,
    assert_survives,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a public broadcaster's news page: the menu, the date row, the share row, the body
    # with a subheading and a reported comment, the related box, the footer's rights line
    "naive_broadcaster": """\
R ニュース
R 天気
R 防災
R 番組
R ラジオ
R トップ
R 社会
R 政治
R 経済
R 国際
T 大雨で土砂災害の危険度高まる 九州北部に線状降水帯発生のおそれ
R 2024年6月28日 12時05分
R この記事を共有
R シェア
R ポスト
R LINE
A 気象庁によりますと、梅雨前線の活動が活発になっている影響で、九州北部では29日にかけて線状降水帯が発生し、災害の危険度が急激に高まるおそれがあります。
A 福岡県や佐賀県では、これまでの雨で地盤が緩んでいる所があり、土砂災害に厳重な警戒が必要です。
A 避難のポイント
A 自治体から避難の情報が出たら、夜になる前に安全な場所に移動してください。
A 気象庁の担当者は会見で「少しでも危険を感じたら、ためらわずに避難してほしい」とコメントしました。
A 28日正午までの24時間に降った雨の量は、佐賀県嬉野市で186ミリに達しました。
R 関連記事
R 梅雨前線停滞 週末にかけて西日本で大雨のおそれ
R 線状降水帯とは？ 予測の難しさと備え
R 特集
R ランキング
R お問い合わせ
R 個人情報の取り扱い
R Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。
""",
    # EXTRACTOR: a national daily's paywalled report: the byline and the date, the photo caption
    # with its credit, the body, the paid-members label, the remaining-characters count and the
    # "continue reading" prompt, the sign-up prompt, the rights line
    "paywall_daily": """\
T 中学校の部活動、地域へ移行 教員の負担軽減へ課題も
R 山田太郎2024年5月21日 7時00分
R 写真・図版 地域のスポーツクラブで練習する中学生たち＝2024年5月18日、東京都世田谷区、鈴木花子撮影
A 公立中学校の休日の部活動を地域のクラブなどに移す「地域移行」が、今年度から本格的に始まった。
A 教員の長時間労働を減らすのが狙いだが、指導者の確保や保護者の費用負担など、課題も多い。
A 「顧問を外れて、土日に家族と過ごせるようになった」と、都内の中学校に勤める40代の男性教諭は話す。
A 文部科学省は声明で、各自治体の取り組みを財政面で支援する方針を示している。
R 有料会員限定記事
R この記事は有料記事です。残り1523文字
R 続きを読む
R 有料会員になると、会員限定の有料記事もお読みいただけます。
R 今すぐ登録（初月無料）
R ログインする
R 朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。
""",
    # NAIVE: a national daily's report: the menu, the date, share buttons, the body with a
    # reported statement and a line about reprinting without permission, the ranking box, the
    # rights line
    "naive_yomiuri": """\
R 読売新聞オンライン
R ニュース
R 社会
R 政治
R 経済
R 国際
R スポーツ
R ログイン
R 会員登録
T 生成ＡＩで作った画像、無断転載めぐり初の訴訟 イラストレーターが提訴
R 2024/04/15 05:00
R X
R Facebook
R はてなブックマーク
R メール
A 自分の作品を学習させた生成ＡＩで似た画風の画像を作られ、ネット上で販売されたとして、東京都内のイラストレーターの女性が15日、出品者の男性に損害賠償を求める訴えを東京地裁に起こす。
A 女性側によると、男性は女性の作品を無断で転載したうえで、ＡＩに学習させていたという。
A 女性は代理人を通じてコメントを発表し、「創作者が安心して作品を発表できる環境を守りたい」と訴えた。
A 著作権法は、ＡＩの学習目的での作品の利用を原則として認めているが、作者の利益を不当に害する場合は例外としている。
R あわせて読みたい
R 生成ＡＩと著作権、文化庁が考え方の素案を公表
R ニュースランキング
R 1
R 新紙幣の発行日、7月3日に決定
R 2
R 大谷翔平、今季第5号ホームラン
R 利用規約
R 著作権について
R 読売新聞社の許諾なく転載・複製することを禁じます。
R Copyright © The Yomiuri Shimbun.
""",
    # NAIVE: a business daily's market page: the index widget (names, levels, changes), the body
    # with figures as list items, a reported comment, the disclaimer, the paid-members prompt and
    # the footer
    "naive_market": """\
R 日経平均
R 38,920.26
R +218.55
R TOPIX
R 2,745.36
R +12.04
R NYダウ
R 39,112.16
R -57.36
R ドル/円
R 156.78
R マーケット
R 株式
R 為替
R 商品
T 日経平均反発、218円高 半導体株に買い戻し
R 2024年6月12日 15:30
A 12日の東京株式市場で日経平均株価は反発し、前日比218円55銭（0.56％）高の3万8920円26銭で取引を終えた。
A 前日に下げが目立った半導体関連株に買い戻しが入り、相場を押し上げた。
A 主な銘柄の終値は次の通り。
A 東京エレクトロン　3万4860円（＋2.1％）
A アドバンテスト　5620円（＋3.4％）
A トヨタ自動車　3215円（−0.8％）
A 市場関係者からは「米国の物価統計を前に、積極的な売買は手控えられた」とのコメントが聞かれた。
A 東証プライムの売買代金は概算で3兆9870億円だった。
R 本サービスに関する知的財産権その他一切の権利は、日本経済新聞社またはその情報提供者に帰属します。
R 有料会員限定
R 日経電子版をご利用いただくには会員登録が必要です
R 初月無料で申し込む
R 日本経済新聞社について
R プライバシーポリシー
R © Nikkei Inc. All rights reserved.
""",
    # EXTRACTOR: a portal's syndicated report: the provider and date row, the body with the
    # subject's comment reported, the update row, the provider's rights line, the related links,
    # then the comments with their reactions
    "portal_syndicated": """\
T 「地元のために」元日本代表DFが故郷のJ3クラブに電撃加入
R 6/10(月) 18:30配信
R 提供：スポーツ報知
A サッカーの元日本代表ＤＦ田中健一（34）が10日、故郷のＪ３クラブに完全移籍で加入すると発表された。
A 田中はクラブを通じて「育ててくれた地元に恩返しがしたい。一緒に戦いましょう」とコメントした。
A 発表直後からＳＮＳには「おかえり」「スタジアムに行きます」といったコメントが相次いだ。
A クラブによると、背番号は4に決まった。
R 最終更新:6/10(月) 19:02
R 報知新聞社
R 無断転載を禁じます
R 【関連記事】
R 元日本代表の移籍金は？ 地方クラブの台所事情
R J3第16節の結果
R コメント
R みんなの意見
R sak*****
R 1時間前
R 地元が盛り上がるのは本当にうれしい。ホームゲームに行きます。
R 返信1
R 共感した
R 312
R なるほど
R 18
R うーん
R 7
""",
    # EXTRACTOR: a tech news site's report: the byline with the date, the screenshot caption with
    # its source, the body with a product's specification list, the related articles and the
    # rights line
    "tech_news": """\
T スマホ決済アプリに障害、約3時間にわたり利用できず
R [佐藤一郎，ITmedia]
R 2024年3月5日 14時10分 公開
R 写真：障害を知らせる公式サイトの告知（同社Webサイトより）
A 大手スマホ決済サービスで5日朝、アプリにログインできない障害が発生し、約3時間にわたって支払いができない状態が続いた。
A 同社は午前11時すぎに復旧を発表し、「ご迷惑をおかけし申し訳ございません」とのコメントを出した。
A 原因はサーバの設定変更によるもので、外部からの攻撃ではないという。
A 影響を受けた機能
A ・コード支払い
A ・残高のチャージ
A ・送金とわりかん
A 同社は今後、障害の詳細をブログで公開するとしている。
R 関連記事
R キャッシュレス決済の利用率、初の4割超え
R 「わりかん」機能に新デザイン
R Copyright © ITmedia, Inc. All Rights Reserved.
""",
    # EXTRACTOR: a recipe site's recipe: the author and the saves count, the introduction, the
    # 材料 list with its servings heading and quantities, the numbered 作り方 steps, the tip, the
    # save/print buttons and the cook reports
    "recipe_nikujaga": """\
T 基本の肉じゃが
R by みかんママ
R 保存 4,210
A 甘辛い味がしみた、家庭の定番おかずです。
A 材料（2人分）
A 牛こま切れ肉　150g
A じゃがいも　3個
A 玉ねぎ　1個
A にんじん　1/2本
A しょうゆ　大さじ3
A 砂糖　大さじ2
A みりん　大さじ2
A 作り方
A 1. じゃがいもは皮をむいて一口大に切り、水にさらす。
A 2. 玉ねぎはくし切り、にんじんは乱切りにする。
A 3. 鍋に油を熱し、牛肉を炒めて色が変わったら野菜を加える。
A 4. 水200mlと調味料を入れ、落としぶたをして弱火で15分煮る。
A 5. 火を止めてそのまま冷まし、味をしみ込ませる。
A コツ・ポイント
A 一度冷ますと味がしみます。コメントで質問の多かった圧力鍋の場合は、加圧3分で大丈夫です。
R 印刷する
R レシピを保存
R つくれぽ（128件）
R とってもおいしくできました！また作ります♪
R 2024/02/14
""",
    # NAIVE: a city office's notice: skip link, menu, breadcrumb, the update date, the notice with
    # its dates, items and contact, the page's survey and the footer with the office address
    "naive_city_notice": """\
R 本文へ移動
R 文字サイズ
R 標準
R 拡大
R 背景色
R くらし・手続き
R 子育て・教育
R 健康・福祉
R 市政情報
R ホーム > くらし・手続き > ごみ・リサイクル > 年末年始のごみ収集について
T 年末年始のごみ収集について
R 更新日：2024年12月2日
A 年末年始のごみ収集日は次のとおりです。
A 収集しない日
A 12月31日（火曜日）から1月3日（金曜日）まで
A 年始の収集開始日
A 1月4日（土曜日）から、通常の曜日どおりに収集します。
A ご注意ください
A ・収集しない日にごみを出さないでください。
A ・大型ごみの受付は12月27日で終了します。
A ごみの出し方について質問がある方は、下記までお問い合わせください。
A 環境部ごみ対策課　電話：045-123-4567
R このページに関するお問い合わせ
R 環境部 ごみ対策課
R このページの情報は役に立ちましたか？
R 役に立った
R 役に立たなかった
R サイトマップ
R 個人情報の取り扱い
R 横浜市役所　〒231-0005 横浜市中区本町6丁目50番地の10
R Copyright © City of Yokohama. All rights reserved.
""",
    # EXTRACTOR: a personal blog: the post's date and theme, the body with the blogger's own lines
    # about comments and sharing, the like/reblog buttons, the comments with names, dates and
    # replies
    "blog_comments": """\
T 初めての家庭菜園、ミニトマトが実りました
R 2024-07-15 21:03:45
R テーマ：家庭菜園
A こんばんは。今日はうれしい報告です。
A 5月に植えたミニトマトが、ついに赤くなりました！
A 前回の記事にたくさんコメントをいただき、ありがとうございました。
A 皆さんのアドバイス通り、わき芽をこまめに取ったのがよかったみたいです。
A 収穫したのは全部で23個。
A 次はきゅうりにも挑戦してみようと思います。
A この記事をシェアしてくださった方も、本当にありがとうございます。
R いいね！
R リブログ
R コメント（3）
R 読者になる
R 1. おめでとうございます
R 真っ赤でおいしそう！うちのはまだ青いです。
R はなこ 2024-07-15 22:10:12
R 返信する
R 2. Re:おめでとうございます
R はなこさん、ありがとうございます！
R トマト日記 2024-07-16 07:31:05
""",
    # NAIVE: a sports paper's baseball report: the menu, the date, share buttons, the line score
    # table, the body with the manager's comment and the batting figures, the photo credit, the
    # related box and the footer
    "naive_baseball": """\
R プロ野球
R ＭＬＢ
R サッカー
R 競馬
R ゴルフ
R 速報
T 巨人が逆転勝ち 岡本和が決勝2ラン
R 2024年5月26日 21時35分
R シェア
R ツイート
R 1 2 3 4 5 6 7 8 9 計
R 阪神 0 1 0 0 2 0 0 0 0 3
R 巨人 0 0 0 1 0 0 2 2 X 5
A 巨人が終盤の逆転で阪神に5－3で競り勝ち、連敗を2で止めた。
A 2点を追う7回、岡本和真内野手が左翼席へ同点の2ランを放った。
A 8回には代打の長野久義外野手が勝ち越しの適時二塁打。
A 阿部慎之助監督は試合後、「みんなでつないだ。最後まで諦めなかった」とコメントした。
A 岡本和の成績
A 4打数2安打3打点
A 打率.298、12本塁打
R 写真：7回、同点2ランを放つ岡本和（カメラ・中島傑）
R 関連ニュース
R 阪神・岡田監督「継投ミスや」
R 【セ・リーグ】順位表
R 個人情報について
R 記事・写真の無断転載を禁じます
R Copyright © The Hochi Shimbun.
""",
}

#: The residue lines each page may still keep (what is left today; lower it when a rule improves).
RESIDUE_LEFT: dict[str, int] = {
    # "テーマ：家庭菜園": a seminar notice's own rows print "テーマ：地域の防災" the same way
    "blog_comments": 1,
    # the line score's header and rows: a match report's own table of figures looks the same
    "naive_baseball": 3,
    # the footer's office name, postcode and address: a notice's own contact rows look the same
    "naive_city_notice": 1,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="ja", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_japanese, test_probe_pages_are_told_japanese = language_probe_tests(
    CASES, "ja", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("山田太郎2024年5月21日 7時00分", "dateline"),
    ("写真・図版 地域のスポーツクラブで練習する中学生たち＝2024年5月18日、東京都世田谷区、鈴木花子撮影", "image-credit"),
    ("この記事は有料記事です。残り1523文字", "paywall"),
    ("有料会員になると、会員限定の有料記事もお読みいただけます。", "paywall"),
    ("今すぐ登録（初月無料）", "newsletter-prompt"),
    ("ログインする", "site-chrome"),
    ("朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。", "copyright"),
    ("本サービスに関する知的財産権その他一切の権利は、日本経済新聞社またはその情報提供者に帰属します。", "copyright"),
    ("読売新聞社の許諾なく転載・複製することを禁じます。", "copyright"),
    ("このページの情報は役に立ちましたか？", "feedback-prompt"),
    ("このページの内容はわかりやすかったですか？", "feedback-prompt"),
    ("by みかんママ", "byline"),
    ("保存 4,210", "site-chrome"),
    ("つくれぽ（128件）", "site-chrome"),
    ("[佐藤一郎，ITmedia]", "byline"),
]


test_residue_goes = residue_goes_tests(ARTICLES["ja"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("ja", [line for line, _pass in RESIDUE_GOES])


SHORT_LINES = [
    "材料（2人分）",
    "作り方",
    "コツ・ポイント",
    "避難のポイント",
    "収集しない日",
    "影響を受けた機能",
    "・コード支払い",
    "岡本和の成績",
    "データ出所：総務省",
    "保存方法",
    "ログイン画面",
    "有料記事",
]


test_short_line_survives = short_line_tests(ARTICLES["ja"], SHORT_LINES)


def test_headings_over_rows_before_the_first_long_paragraph_survive() -> None:
    # a short notice's sentence, its headings and the row between them, all before its first long paragraph
    notice = ["年末年始のごみ収集日は次のとおりです。", "収集しない日", "12月31日（火曜日）から1月3日（金曜日）まで", "年始の収集開始日", *ARTICLES["ja"]]
    assert_survives(notice)
    text = "\n\n".join(["くらし・手続き", "子育て・教育", "健康・福祉", "市政情報", *notice])
    assert cleaner.clean_text(text) == "\n\n".join(notice)


def test_a_wide_recipe_keeps_its_ingredients_and_steps_heading() -> None:
    recipe = ["甘辛い味がしみた、家庭の定番おかずです。", "材料（2人分）", "じゃがいも 3個", "玉ねぎ 1個", "しょうゆ 大さじ3", "作り方", *ARTICLES["ja"]]
    assert_survives(recipe)


def test_a_player_s_stat_rows_close_the_text() -> None:
    assert_survives([*ARTICLES["ja"], "岡本和の成績", "4打数2安打3打点", "打率.298、12本塁打"])


def test_a_guest_book_row_under_a_heading_still_goes() -> None:
    # a name and a date and time are no row of figures: the page's comment box stays the page's
    text = "\n\n".join([*ARTICLES["ja"], "コメント一覧", "はなこ 2024-07-15 22:10", "トマト日記 2024-07-16 07:31"])
    assert cleaner.clean_text(text) == "\n\n".join(ARTICLES["ja"])


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_ja_2.py
    report(CASES)
    print("as Japanese:")
    report(CASES, lambda case: judge(case, language="ja"))
