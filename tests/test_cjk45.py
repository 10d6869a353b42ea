# ruff: noqa: E501  (article lines run as long as the text they stand for)
"""cjk45: a probe of Chinese, Japanese and Korean news and blogs, scraped as text (half as an extractor leaves them, half
as all the visible text of the page), in zh (simplified and traditional), ja and ko: Xinhua-style politics, a mainland
portal's economy report with its figures, an entertainment item quoting a star's post, a mainland tech story mixing
English terms (GPU, LLM, FP8), a personal blog; a Taiwanese (traditional) politics story and economy report, a Hong
Kong Q&A interview; Yomiuri- and NHK-style stories, a Yahoo! Japan-style syndicated story, a Nikkei-style results
report, an entertainment item, an Ameba-style blog, a magazine interview, a tech story with English terms;
Yonhap-style copy, a Naver- and a Daum-style portal article, an economy report, a Naver-style blog, an interview, a
tech story, a daily's own page.

- the article (``A``): short sentences in scripts without spaces ("今天降温了。", "楽しみ！", "따뜻했다."), dates in
  the text ("2026年12月1日、石井首相は…"), figures rows ("营收：1.2万亿元，同比增长8.6%", "売上高：24兆5000億円（…）",
  "매출액: 79조1천억원"), lists ("・", "‧", "▲", "- 용량: 36GB", "一是…；"), one-line quotes in 「」, “” and "",
  an interview's questions ("问：", "――", "- ") and one-word answers ("答：忙。", "答：會。", "\"네.\""), a concert's
  fact rows ("日時：…", "会場：…"), Korean lines ending "~다.".
- the reporter inside the lead ("【ワシントン=山田太郎】2026年12月1日、…", "新华社北京12月1日电（记者 王明、李静）…",
  "〔記者王小明／台北報導〕…", "(서울=연합뉴스) 홍길동 김철수 기자 = …", "[스포츠조선 박영희 기자] …"): decided ``A``,
  the whole line: the paper prints its dateline and correspondent as the lead's opening, and taking the line (or
  trimming it as a glued prefix, which ``judge`` counts as lost) would cut the lead; a reporter's line alone
  ("記者陳大華／台北報導", "정다은 기자") is a byline, ``R``.
- the residue (``R``): bylines with an e-mail ("김민수 기자 minsu@hankyung.com", "hong@yna.co.kr"), rights lines
  ("무단전재 및 재배포 금지", "無断転載・複製を禁じます", "未经授权禁止转载", "自由時報版權所有不得轉載"), "责任编辑：",
  "关注我们", "点击查看…", "関連記事", "ランキング", "많이 본 뉴스", share rows, reaction buttons ("쏠쏠정보 0",
  "共感した 120"), app prompts ("下载客户端", "點我下載APP"), menus, breadcrumbs, cookie notices, footers (ICP numbers,
  addresses), an interviewer's and photographer's credit ("（聞き手・構成：…）", "撰文：…", "글=… 기자, 사진=… 기자").
- ``T``: headlines.

- round 1, blind (written before reading the passes): 24 pages (12 extracts, 12 full pages), 233 ``A`` lines, 364
  ``R``, 24 ``T``: 8 zh (5 simplified, 3 traditional), 8 ja, 8 ko.
- round 2, after the changes, aimed at them: 9 pages (3 extracts, 6 full pages), 65 ``A``, 71 ``R``, 8 ``T``: a list
  on glued marks under a colon that points at it (ja), under "如下。" (zh, traditional) and "다음과 같다." (ko) closing
  the text over residue; a footer's links on "・" under the last paragraph, nothing pointing at them (ja); blogs of
  short sentences under their menus (zh, ja), one opening on a one-word sentence ("晴れ。"); "■" subheadings, the first
  right over the lead (ja); numbered measures "（一）…" under a colon closing the text (zh).

Measured on main 3fa7e8c: round 1 lost 3, left 19; round 2 lost 8, left 7. The losses: a list on glued marks a
sentence points at, closing the text over the related box ("会談のポイントは次の通り。" over "・経済安保での協力強化", …;
"△청년 일자리 도약 장려금 지원 대상 확대"), a numbered list under its colon ("会议确定了以下措施：" over "（一）…"), a
subheading on "■" over the first paragraph ("■止まらない円安"). Left: a blog's menu over its title ("アメーバブログ",
"ブログトップ", "画像一覧", "归档", "分类", "关于", "随笔", "友链") and its theme/tags line ("テーマ：日記", "本文标签：生活
美食 随笔"), a paywall's lines ("この記事は会員限定です。…", "日経電子版の有料会員になる") and a stock widget ("関連企業・業界",
"トヨタ 7203 +1.2%"), a gallery counter ("この記事の画像（全5枚）"), a channel prompt ("▶ 카카오톡 채널 추가하고 뉴스 받기"),
a footer's address and phone without its label, a font-size row ("【字体：大 中 小】"), a portal's menu on one line with
its name ("36氪 | 首页 快讯 …"), a credit row with a reading time ("作者：周琳 | 2026-11-20 11:02 | 阅读约5分钟"), an
opinion disclaimer ("本文为作者独立观点，不代表36氪立场。").

After: round 1 lost 0, left 2; round 2 lost 0, left 0 (``RESIDUE_LEFT`` says what and why). The changes, in
``cleaner/passes/edge_cjk.py`` (compiled with the other edge modules, ``setup.py``), and tables:

- ``pointed_marked_list`` (edge-furniture's guard at the tail): items opening on the same glued mark ("・", "‧", "▲",
  "△", "■", "●", …), two to fifteen, under a kept line that table ``structure.list_pointer`` reads (its colon read as
  the full stop: "次のとおり：") stay; the list's first items may hold figures the furniture test let through (its top
  is read up to them). Marked items under a sentence that points at nothing, a footer's "・会社概要" links, still go
  (tests).
- ``enumerated_list`` (the same guard): two items or more numbered in order from the first in one of the scripts'
  glued styles ("（一）", "（1）", "一、", "1、", "①"), under a kept colon line of four words or more, stay with it; a
  ranking box's "1 …" and a menu's numbered links under no colon line still go (tests).
- ``opening_lines`` (edge-furniture's guard at the head): a short sentence closed by "。", "！" or "？" right over the
  first paragraph (zh, ja: "晴れ。"), and a subheading on a glued mark there whose mark heads another section under a
  sentence further down ("■止まらない円安" with "■政府・日銀の対応は" below) stay and count in the run; a marked menu link
  over the text ("■ニュース一覧", no section under that mark) still goes (tests).
- ``unspaced_sentence`` (read by ``edge_kids.short_sentence_page``): on a page no paragraph anchors, a Chinese or
  Japanese line of six "words" or more closed by the script's full stop, exclamation or question mark counts as one of
  the block's sentences of prose, so a blog of short sentences anchors its head and its menu goes; a page of headlines
  (no full stop) anchors nothing (test).
- tables, each in a ``# cjk45:`` block at its list's end: zh ``widgets.chrome`` a font-size switch, a tags line, a
  reading time without its noun, a report/feedback link; zh ``credits.copyright`` a platform's disclaimer on the
  writer's view, an exclusive-copy notice; zh ``credits.syndication`` a post from a WeChat account, the original
  title's note; zh ``promos.cta`` a follow call, an app slogan ending on the app; ja ``widgets.chrome`` a gallery's
  counter, pagination; ja ``signup.paywall`` the wall with its offer, the wall's button; ja ``promos.heading`` the
  provider's notices and related news; ja ``credits.syndication`` a broadcaster's credit; ja ``widgets.feedback``,
  ``widgets.social``; ko ``promos.cta`` a messenger channel's prompt, a subscribe call, a tip line with an id; ko
  ``widgets.chrome`` a footer's address and main phone without the label; ko ``credits.copyright`` an AI-training
  notice alone; ko ``promos.heading`` related stories. Each has a sentence with its words that stays (``STAYS``, and
  ``fixtures/negatives``).

``python tests/test_cjk45.py`` (from the repository root, ``PYTHONPATH=.:tests``) prints the numbers.
"""

from __future__ import annotations

import pytest
from probes import (
    added_rule_tests,
    forced_language_test,
    kept,
    page_text,
    report,
    tagged_probe_tests,
)

CASES = {
    # ===== ROUND 1 (written before reading the passes) ==============================================================
    # ===== a Xinhua-style politics story as an extractor leaves it: the agency's dateline in the lead, a quote, the editor's tail
    "zh_politics_extract": """\
T 国务院常务会议部署进一步稳就业举措
R 2026-12-01 20:15:32　来源：新华社
R 【字体：大 中 小】
A 新华社北京12月1日电（记者 王明、李静）国务院总理1日主持召开国务院常务会议，部署进一步做好稳就业工作。
A 会议指出，今年以来就业形势总体稳定。
A 1至10月，全国城镇新增就业1102万人，提前完成全年目标任务。
A 会议强调，要把促进青年就业摆在更加突出的位置。
A 会议确定了以下措施：
A 一是加大对吸纳就业困难人员企业的社保补贴力度；
A 二是扩大高校毕业生就业见习规模；
A 三是支持农民工就近就业创业。
A 会议要求，各地区各部门要抓好政策落实。
A “政策要直达快享，不能让企业和群众跑冤枉路。”会议指出。
A 会议还研究了其他事项。
R 【纠错】
R 责任编辑：张晓燕
R 分享到：
R 微信
R 微博
R QQ空间
""",
    # ===== a mainland economy report, the whole visible page: a portal's menu, breadcrumb, figures rows, a ranking, the ICP footer
    "zh_economy_full": """\
R 首页
R 新闻
R 财经
R 科技
R 娱乐
R 体育
R 汽车
R 房产
R 登录
R 注册
R 当前位置：首页 > 财经 > 公司
T 某科技集团前三季度营收1.2万亿元 净利润同比增长12.3%
R 2026年10月28日 09:12 来源：经济日报 作者：赵磊
R 分享到：
A 10月27日晚间，某科技集团发布2026年第三季度报告。
A 报告显示，公司前三季度经营业绩保持稳健增长。
A 主要财务数据如下：
A 营收：1.2万亿元，同比增长8.6%
A 净利润：1580亿元，同比增长12.3%
A 研发投入：1320亿元，占营收比重11%
A 海外收入：4150亿元
A 分业务看，消费电子业务收入同比增长5.2%，云计算业务同比增长31.4%。
A 公司表示，增长主要得益于产品结构优化。
A 分析人士认为，公司四季度业绩有望继续改善。
A “我们对全年目标完成有信心。”公司首席财务官在业绩说明会上说。
A 截至10月27日收盘，公司股价报48.62元，上涨2.15%。
R 【免责声明】本文仅代表作者本人观点，与本网无关。
R 责任编辑：刘洋
R 点击查看更多财经新闻
R 热门推荐
R 央行：四季度将加大逆周期调节力度
R 10月CPI同比上涨0.4%
R 多地出台楼市新政
R 关注我们
R 下载客户端
R 关于我们 | 联系我们 | 广告服务 | 网站地图 | 招聘信息
R Copyright © 2026 经济网 版权所有
R 京ICP备12345678号-1　京公网安备 11010502000001号
R 违法和不良信息举报电话：010-12345678
""",
    # ===== an entertainment item as an extractor leaves it: a star's Weibo post quoted in “”, a photo prompt, the source tail
    "zh_entertainment_extract": """\
T 某女星宣布新剧杀青 发文感谢剧组
A 12月3日，演员林小雨在社交平台发文，宣布新剧《山河旧梦》正式杀青。
A 她写道：“四个月，一百二十天，谢谢每一位伙伴。”
A 配图中，她身穿戏服，与导演和主演们合影留念。
A 该剧由知名导演陈刚执导，讲述了民国时期一个家族的兴衰故事。
A 据悉，该剧预计明年暑期播出。
A 网友纷纷留言：
A “期待！”
A “终于等到了！”
A 林小雨2015年出道，曾凭借电视剧《春风》获得最佳女主角提名。
R 点击查看大图
R 本文来源：娱乐头条
R 编辑：小周
R 扫码关注公众号，获取更多娱乐资讯
R 点赞
R 收藏
R 分享
""",
    # ===== a personal blog post (simplified), the whole page: the blog's menu, stats, the previous/next links, comments
    "zh_blog_full": """\
R 首页
R 归档
R 分类
R 关于
T 冬天的第一碗羊肉汤
R 发表于 2026-12-05 | 分类于 生活 | 阅读次数：1234
A 今天降温了。
A 早上出门，风很大。
A 下班路过巷口那家小店，老板说今天的羊肉刚到。
A 我点了一碗羊肉汤，加了两个烧饼。
A 汤很清，撒了一把香菜和葱花。
A 喝了一口，整个人都暖了。
A 老板是山东人，在这里开店十五年了。
A 他说：“冬天生意最好，夏天就卖凉面。”
A 回家的路上，我想起小时候外婆做的汤。
A 那时候觉得，冬天就该是这个味道。
A 明天还去。
R 本文标签：生活 美食 随笔
R 上一篇：秋天的最后一场雨
R 下一篇：读《平凡的世界》
R 评论（3）
R 发表评论
R 小王 2026-12-05 21:03
R 看饿了！求地址！
R 回复
R 博主 2026-12-05 21:30
R 就在我家楼下哈哈
R © 2026 我的小站 · 由 Hexo 强力驱动
""",
    # ===== a Taiwanese (traditional) politics story, the whole page: the reporter's bracket in the lead, app prompts, related news
    "zh_tw_politics_full": """\
R 即時
R 熱門
R 政治
R 社會
R 生活
R 國際
R 地方
R 財經
R 娛樂
R 首頁 > 政治
T 立院三讀通過預算案 總預算刪減38億元
R 2026/12/02 14:30
R 分享
R 留言
A 〔記者王小明／台北報導〕立法院今天三讀通過明年度中央政府總預算案。
A 總預算歲出共刪減38億元，凍結52億元。
A 行政院長表示尊重立法院決議。
A 「我們會依法執行預算。」他在院會後受訪時說。
A 其中，國防預算刪減幅度最大，約刪減12億元。
A 在野黨團則批評，執政黨未能充分說明部分特別預算的用途。
A 立法院長指出，本會期將於12月底結束。
R 不用抽 不用搶 現在用APP看新聞 保證天天中獎
R 點我下載APP
R 按我看活動辦法
R 相關新聞
R 行政院會通過明年度軍公教調薪3%
R 國防部：新型戰機明年交機
R 熱門新聞
R 1 颱風假明天放不放？各縣市最新公告
R 2 台積電股價創新高
R 看更多！
R 本網站使用Cookie，繼續瀏覽即表示您同意我們的隱私權政策。
R 我知道了
R 自由時報版權所有不得轉載
R © 2026 The Liberty Times. All Rights Reserved.
""",
    # ===== a Taiwanese economy report as an extractor leaves it: figures rows with 新台幣, a bullet list, a reporter's byline line
    "zh_tw_economy_extract": """\
T 台積電11月營收創同期新高 年增18.2%
R 記者陳大華／台北報導
R 2026-12-10 14:05
A 台積電今天公布11月營收，創歷年同期新高。
A 相關數據如下：
A 營收：新台幣2,350億元
A 月增率：3.1%
A 年增率：18.2%
A 累計前11月營收：新台幣2兆5,600億元
A 法人分析，營收成長主要受惠於人工智慧晶片需求強勁。
A 市場關注的重點包括：
A ‧先進製程產能利用率
A ‧海外新廠量產進度
A ‧明年資本支出規模
A 台積電先前預估，第四季營收將介於260億至268億美元之間。
A 「AI需求仍然非常強。」一位半導體分析師說。
R 延伸閱讀
R 聯發科11月營收年減5%
R 鴻海營收連三月成長
R 〔財經頻道〕追蹤我們的粉絲專頁
""",
    # ===== a Hong Kong (traditional) Q&A interview as an extractor leaves it: 問/答 labels, one-word answers
    "zh_hk_interview_extract": """\
T 專訪新任館長：博物館不只是收藏
A 上月履新的博物館館長何慧儀，上周在辦公室接受本報專訪。
A 問：上任一個月，最大的感受是甚麼？
A 答：忙。
A 每天都有看不完的文件。
A 問：你曾說博物館不只是收藏，可以解釋一下嗎？
A 答：博物館要和社區對話。
A 年輕人不來，我們就要去找他們。
A 問：會考慮延長開放時間嗎？
A 答：會。
A 明年起逢周五開放至晚上九時。
A 問：最想完成的一件事？
A 答：讓每個小學生都來過一次。
R 撰文：李嘉欣
R 攝影：陳志強
R 訂閱電子報
R 分享：Facebook WhatsApp
""",
    # ===== a mainland tech story mixing English terms, the whole page: tags, a reading-time stamp, the follow prompt, comments
    "zh_tech_full": """\
R 36氪 | 首页 快讯 资本 汽车 科技 专精特新
R 登录 | 注册
T 国产大模型公司发布新一代AI芯片，训练性能提升3倍
R 作者：周琳 | 2026-11-20 11:02 | 阅读约5分钟
A 11月19日，国内AI芯片公司“星辰智能”发布新一代GPU芯片X300。
A 据介绍，X300采用5nm工艺，支持FP8精度训练。
A 在主流大模型（LLM）训练任务中，X300的性能是上一代产品的3倍。
A 公司CEO张伟在发布会上表示：
A “我们的目标是让国内企业用得起、用得上高端算力。”
A X300的主要参数如下：
A 显存：96GB HBM3
A 功耗：600W
A 算力：1000 TFLOPS（FP8）
A 目前，已有多家云服务商完成了适配测试。
A 该公司今年完成了B轮融资，投资方包括多家知名VC。
R 本文为作者独立观点，不代表36氪立场。
R 未经授权禁止转载，如需转载请联系授权
R 点赞 123 | 收藏 45 | 分享
R 关注我们
R 扫码下载APP
R 评论 12
R 网友A：国产加油！
R 网友B：价格多少？
R 推荐阅读
R 英伟达发布新一代数据中心GPU
R 关于我们 | 加入我们 | 隐私政策 | 用户协议
""",
}

CASES.update({
    # ===== a Yomiuri-style politics story as an extractor leaves it: the correspondent's bracket opening the lead, a date in the text
    "ja_politics_extract": """\
T 日米首脳が電話会談、経済安保で連携確認
R 2026/12/01 21:35
A 【ワシントン=山田太郎】2026年12月1日、石井首相は米大統領と約30分間、電話で会談した。
A 両首脳は経済安全保障分野での連携強化を確認した。
A 半導体や重要鉱物の供給網についても意見を交わした。
A 首相は会談後、記者団に「率直な意見交換ができた」と述べた。
A 来年春の首相訪米についても調整を進めることで一致した。
A 会談のポイントは次の通り。
A ・経済安保での協力強化
A ・供給網の強靱化
A ・来春の首脳会談に向けた調整
R 関連記事
R 首相、来年度予算案の編成方針を指示
R 日米外相会談、ウクライナ支援で一致
R 読売新聞オンライン
R 無断転載・複製を禁じます
""",
    # ===== a Yahoo! Japan-style syndicated story, the whole page: the portal's menu, the provider's line, rankings, comments, footer
    "ja_yahoo_full": """\
R Yahoo!ニュース
R ホーム
R 速報
R ライブ
R 個人
R オリジナル
R みんなの意見
R ランキング
R 有料
R 主要
R 国内
R 国際
R 経済
R エンタメ
R スポーツ
R IT
R 科学
R ライフ
R 地域
T 全国の最低賃金、初の1100円超え 上げ幅は過去最大
R 12/2(火) 18:05配信
R 45
R コメント45件
A 厚生労働省は2日、2026年度の地域別最低賃金の改定状況をまとめた。
A 全国の加重平均は時給1121円となった。
A 初めて1100円を超えた。
A 前年度からの上げ幅は66円で、過去最大となる。
A 最も高いのは東京都の1226円。
A 最も低いのは秋田県など3県の1031円だった。
A 政府は2020年代中に全国平均1500円を目指している。
A 中小企業からは「人件費の負担が重い」との声も出ている。
R 【関連記事】
R 【図解】都道府県別の最低賃金一覧
R 春闘の賃上げ率、5%台で着地
R 最終更新:12/2(火) 19:10
R 共同通信
R ランキング
R 1 年末ジャンボ宝くじ、売り上げ好調
R 2 大雪の恐れ 北日本で警戒
R 3 最低賃金、初の1100円超え
R コメント
R 記事に関する報告
R 政策は理解できるが地方の中小は厳しい
R 返信3
R 共感した 120
R なるほど 15
R うーん 8
R プライバシーポリシー
R 利用規約
R © LY Corporation
""",
    # ===== a Nikkei-style economy report as an extractor leaves it: figures rows with 兆円, a paywall tail
    "ja_economy_extract": """\
T トヨタ、4～9月期の純利益2兆円 円安が追い風
R 2026年11月6日 15:30
A トヨタ自動車は6日、2026年4～9月期の連結決算を発表した。
A 主な数字は以下の通り。
A 売上高：24兆5000億円（前年同期比6%増）
A 営業利益：2兆8000億円（同3%増）
A 純利益：2兆1000億円（同4%減）
A 円安が利益を約3500億円押し上げた。
A 一方、原材料費の高騰が約1200億円の減益要因となった。
A 通期の業績予想は据え置いた。
A 「電動化への投資は手を緩めない」。
A 記者会見で副社長はこう強調した。
R この記事は会員限定です。登録すると続きをお読みいただけます。
R 残り1032文字
R 日経電子版の有料会員になる
R 関連企業・業界
R トヨタ 7203 +1.2%
""",
    # ===== an entertainment item, the whole page: quotes in 「」, a photo gallery counter, share buttons, ranking and footer
    "ja_entertainment_full": """\
R 音楽
R お笑い
R 映画
R コミック
R ステージ
R ホーム > 音楽 > ニュース
T 人気バンド「空色ノート」が解散を発表 「10年間ありがとう」
R 2026年12月4日 12:00
R 1532
R 258
R シェア
R ツイート
R LINEで送る
A 4人組バンド「空色ノート」が4日、来年3月末で解散することを公式サイトで発表した。
A メンバーはコメントで「10年間ありがとう」と感謝をつづった。
A 「4人で話し合い、前向きな決断をしました。」
A 「最後まで全力で走ります。」
A バンドは2016年にデビュー。
A 代表曲「夏の終わりに」はストリーミング再生1億回を超えた。
A 来年3月には東京・日本武道館でラストライブを行う。
A ラストライブの概要は以下の通り。
A 日時：2027年3月28日（日）18:00開演
A 会場：東京・日本武道館
A チケット：全席指定 8800円
R この記事の画像（全5枚）
R 関連記事
R 空色ノート、新曲MVを公開
R 音楽ナタリーをフォロー
R ランキング
R 1 人気俳優が結婚を発表
R 2 紅白歌合戦の出場歌手が決定
R 当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。
R 同意する
R 会社概要
R お問い合わせ
R Copyright © Natasha, Inc. All Rights Reserved.
""",
    # ===== a personal blog (Ameba-style), the whole page: short lines without spaces, the theme, likes, reader buttons, comments
    "ja_blog_full": """\
R アメーバブログ
R ブログトップ
R 記事一覧
R 画像一覧
T 初めての金継ぎ体験
R 2026-12-05 21:13:45
R テーマ：日記
A こんばんは。
A 今日は初めて金継ぎ教室に行ってきました。
A 割れてしまったお気に入りのマグカップ。
A 捨てられなくて、ずっと棚にしまっていました。
A 先生は70代の女性。
A 「焦らないことが一番よ」と言われました。
A 漆を塗って、乾かして、また塗る。
A 完成は1か月後だそうです。
A 楽しみ！
A 次回は12月19日です。
R いいね！
R コメントする
R リブログ
R フォロー
R 読者になる
R コメント（2）
R ゆき
R 素敵ですね！私も行ってみたい。
R 2026-12-05 22:01
R 前の記事
R 次の記事
R Ameba
R ©CyberAgent, Inc. All Rights Reserved.
""",
    # ===== a magazine interview as an extractor leaves it: the interviewer's "――" questions, the speaker's short answers
    "ja_interview_extract": """\
T 【インタビュー】作家・佐藤めぐみ「書くことは、待つこと」
A 新作長編『灯台の夜』を刊行した作家の佐藤めぐみさん。
A 執筆の裏側を聞いた。
A ――新作の構想はいつ頃からですか。
A 佐藤：5年前です。
A 取材で訪れた北海道の灯台が、ずっと頭に残っていました。
A ――書くのに時間がかかった？
A 佐藤：かかりましたね。
A 途中で2年くらい止まっていました。
A ――止まっている間は何を？
A 佐藤：待っていました。
A 書くことは、待つことだと思うんです。
A ――次の作品は。
A 佐藤：まだ秘密です。
R （聞き手・構成：田中一郎　撮影：鈴木花子）
R この記事をシェアする
R Facebook
R X
R はてなブックマーク
""",
    # ===== a local NHK-style story as an extractor leaves it: short sentences, a date at the head of the lead, a list of closed roads
    "ja_local_extract": """\
T 北海道で大雪 交通に影響
R 12月7日 06時12分
A 7日朝、北海道の日本海側を中心に大雪となった。
A 札幌市では24時間に42センチの雪が降った。
A 気象台によると、12月としては観測史上最多だという。
A JRは一部の列車を運休した。
A 通行止めとなっている主な道路は以下の通り。
A ・道央自動車道 札幌南IC～千歳IC
A ・国道230号 中山峠
A ・国道5号 稲穂峠
A 雪は8日にかけて降り続く見込み。
A 気象台は、なだれや路面の凍結に注意するよう呼びかけている。
R 北海道 NEWS WEB
R 動画再生に関するご注意
R このニュースをシェアする
R ウェブ特集
R 北海道のニュース一覧へ
""",
    # ===== a Japanese tech story mixing English terms, the whole page: the site's menu, tags, SNS buttons, a newsletter box
    "ja_tech_full": """\
R ITmedia NEWS
R トップ
R AI+
R セキュリティ
R 製品動向
R 企業・業界動向
R ホーム > ニュース > AI+
T 国内スタートアップ、日本語特化のLLMを公開 パラメータ数は700億
R 2026年11月25日 17時30分 公開
R [井上健，ITmedia]
A AIスタートアップのSakura Labsは11月25日、日本語に特化した大規模言語モデル（LLM）「Hikari-70B」を公開した。
A パラメータ数は700億。
A Apache 2.0ライセンスで、商用利用もできる。
A 日本語のベンチマーク「JGLUE」では、海外の同規模モデルを上回るスコアを記録したという。
A 主な特徴は以下の3点。
A ・日本語と英語の混在した文章に強い
A ・128Kトークンの長文に対応
A ・GPU 1枚で推論可能な軽量版も用意
A 同社のCTOは「日本企業が安心して使えるモデルを目指した」と話している。
R 関連記事
R 生成AIの業務利用、大企業の6割が導入
R 関連リンク
R プレスリリース
R Copyright © ITmedia, Inc. All Rights Reserved.
R ITmedia NEWS メールマガジン登録
R 最新記事をお届けします。無料登録はこちら
R 広告掲載
R 利用規約
R プライバシーポリシー
""",
})

CASES.update({
    # ===== a Yonhap-style politics story as an extractor leaves it: the agency's dateline and reporter in the lead, the e-mail tail
    "ko_politics_extract": """\
T 여야, 내년도 예산안 합의…673조원 규모
A (서울=연합뉴스) 홍길동 김철수 기자 = 여야가 2일 내년도 예산안 처리에 합의했다.
A 총지출 규모는 673조원으로 정부안보다 4조1천억원 감액됐다.
A 여야 원내대표는 이날 국회에서 회동을 갖고 이같이 합의했다.
A 합의안에 따르면 지역화폐 예산은 일부 증액됐다.
A 연구개발(R&D) 예산도 정부안보다 6천억원 늘었다.
A 여당 원내대표는 "민생을 위한 합의"라고 말했다.
A 야당 원내대표는 "아쉬움이 남지만 국민을 위해 양보했다"고 밝혔다.
A 예산안은 이날 오후 본회의에서 처리될 예정이다.
R hong@yna.co.kr
R <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
R 2026/12/02 11:23 송고
""",
    # ===== a Naver-style portal article, the whole page: the portal's menu, the press's stamps, reaction buttons, most-read
    "ko_naver_full": """\
R NAVER
R 뉴스
R 뉴스홈
R 정치
R 경제
R 사회
R 생활/문화
R IT/과학
R 세계
R 랭킹
R 신문보기
R 오피니언
R TV
R 팩트체크
R 한국경제
R 구독
T 한은, 기준금리 2.75%로 동결…"환율 불안 고려"
R 입력2026.11.27. 오전 10:12
R 수정2026.11.27. 오전 11:45
R 기사원문
R 추천
R 댓글
R 본문 듣기
R 공유하기
R 글자 크기 변경하기
A 한국은행이 기준금리를 연 2.75%로 동결했다.
A 한은 금융통화위원회는 27일 통화정책방향 회의를 열고 이같이 결정했다.
A 지난 10월에 이어 두 차례 연속 동결이다.
A 원·달러 환율이 1,450원대까지 오르는 등 외환시장 불안이 커진 점을 고려한 것으로 풀이된다.
A 한은 총재는 기자간담회에서 "환율 변동성이 크다"고 말했다.
A 시장에서는 내년 1분기 인하 가능성을 점치고 있다.
R 김민수 기자 minsu@hankyung.com
R Copyright ⓒ 한국경제. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.
R 이 기사는 언론사에서 경제 섹션으로 분류했습니다.
R 기사 섹션 분류 안내
R 이 기사를 추천합니다
R 쏠쏠정보 0
R 흥미진진 0
R 공감백배 0
R 분석탁월 0
R 후속강추 0
R 댓글
R 많이 본 뉴스
R 1 코스피, 외국인 매도에 2,500선 붕괴
R 2 "집값 더 오른다" 수도권 아파트 거래 급증
R 언론사 홈 바로가기
R 네이버 이용약관
R © NAVER Corp.
""",
    # ===== a Korean economy report as an extractor leaves it: figures rows, ▲ items, the reporter's tail
    "ko_economy_extract": """\
T 삼성전자 3분기 영업이익 9조1천억원…전년比 17% 증가
R 입력 2026.10.31 09:05
A 삼성전자가 올해 3분기 시장 예상치를 웃도는 실적을 냈다.
A 삼성전자는 31일 3분기 확정 실적을 발표했다.
A 주요 실적은 다음과 같다.
A 매출액: 79조1천억원
A 영업이익: 9조1천억원
A 순이익: 10조1천억원
A 영업이익은 전년 동기보다 17% 늘었다.
A 사업부별로는 ▲반도체(DS) 3조9천억원 ▲모바일(MX) 2조8천억원 ▲디스플레이 1조5천억원 순이었다.
A 고대역폭메모리(HBM) 판매가 크게 늘었다.
A 회사 측은 "4분기에도 AI 서버 수요가 견조할 것"이라고 전망했다.
R 이지은 기자 jieun@example.co.kr
R ▶ 네이버에서 경제신문 구독하기
R ▶ 카카오톡 채널 추가하고 뉴스 받기
R [ⓒ 경제신문, 무단전재 및 재배포 금지]
""",
    # ===== a Daum-style entertainment item, the whole page: the paper's bracket in the lead, a photo credit, reactions, most-read
    "ko_entertainment_full": """\
R 다음
R 뉴스
R 연예
R 스포츠
R 홈
R 방송
R 영화
R 가요
R 해외
R 포토
R 랭킹
T 배우 김하늘, 5년 만에 드라마 복귀…"설레는 마음"
R 스포츠조선
R 입력 2026. 12. 3. 08:12
R 댓글 24
R 음성으로 듣기
R 번역 설정
R 글씨크기 조절하기
A [스포츠조선 박영희 기자] 배우 김하늘이 5년 만에 안방극장에 복귀한다.
A 소속사는 3일 김하늘이 새 드라마 '봄날의 약속' 출연을 확정했다고 밝혔다.
A 김하늘은 극 중 시골 마을 학교의 교사 역을 맡았다.
A 그는 "설레는 마음으로 촬영을 준비하고 있다"고 전했다.
A 드라마는 내년 상반기 방송될 예정이다.
A 김하늘은 2001년 데뷔했다.
R 사진=OO엔터테인먼트
R 박영희 기자 young@sportschosun.com
R [ⓒ 스포츠조선 무단전재 및 재배포 금지]
R 이 기사 어떠셨나요?
R 좋아요 12
R 슬퍼요 0
R 화나요 1
R 많이 본 뉴스
R 1 인기 아이돌, 첫 단독 콘서트 매진
R 2 '천만 영화' 감독 신작 캐스팅 공개
R 카카오 고객센터
R © Kakao Corp.
""",
    # ===== a Korean personal blog (Naver blog-style), the whole page: short "~다" lines, the blog's buttons, comments
    "ko_blog_full": """\
R 블로그
R 카테고리
R 이웃추가
R 본문 바로가기
T 제주 한 달 살기 일주일째
R 2026. 12. 4. 22:10
A 제주에 온 지 일주일이 됐다.
A 아침마다 바다를 보러 간다.
A 오늘은 비가 왔다.
A 카페에서 책을 읽었다.
A 주인 아주머니가 귤을 한 봉지 주셨다.
A "서울 사람이지? 많이 먹어."
A 따뜻했다.
A 내일은 한라산에 오를 계획이다.
A 날씨가 좋기를.
R 공감 23
R 댓글 4
R 공유하기
R 이웃추가
R 구독하기
R 이 블로그의 다른 글
R 제주 한 달 살기 첫날
R 글쓴이 바다좋아
R 제주 살이 중인 직장인
R 신고하기
""",
    # ===== a Korean interview as an extractor leaves it: "-" questions, short answers, the interviewer's credit
    "ko_interview_extract": """\
T [인터뷰] 영화감독 이정민 "관객이 판단할 몫"
A 신작 '겨울 정류장'으로 돌아온 이정민 감독을 지난달 28일 서울 종로구에서 만났다.
A - 5년 만의 신작입니다.
A "오래 걸렸죠. 시나리오만 세 번 고쳤어요."
A - 결말이 열려 있다는 평이 많은데요.
A "관객이 판단할 몫이라고 생각합니다."
A - 다음 작품은 정해졌나요?
A "네."
A "내년 봄에 촬영에 들어갑니다."
A 이 감독은 인터뷰 내내 "운이 좋았다"는 말을 되풀이했다.
R 글=최수진 기자, 사진=김동현 기자
R choi@example.com
R 관련기사
R '겨울 정류장' 개봉 첫 주 20만 돌파
R 기사제보 및 보도자료 news@example.com
""",
    # ===== a Korean tech story mixing English terms as an extractor leaves it: product names, a spec list, the press's tail
    "ko_tech_extract": """\
T SK하이닉스, 12단 HBM4 샘플 공급…"AI 메모리 주도권 확보"
R 기사입력 2026.11.18 14:20
A SK하이닉스가 세계 최초로 12단 HBM4 샘플을 주요 고객사에 공급했다고 18일 밝혔다.
A HBM4는 차세대 고대역폭메모리(High Bandwidth Memory)다.
A 주요 사양은 다음과 같다.
A - 용량: 36GB
A - 대역폭: 초당 2TB 이상
A - 데이터 전송 통로(I/O): 2048개
A 회사는 내년 하반기 양산을 목표로 하고 있다.
A 업계는 NVIDIA의 차세대 GPU에 탑재될 것으로 보고 있다.
A SK하이닉스 관계자는 "AI 메모리 시장에서 리더십을 이어가겠다"고 말했다.
R 정보통신팀 기자
R 저작권자 © 전자신문 무단전재 및 재배포 금지
R 이 기사를 공유합니다
R 카카오톡
R 페이스북
R URL복사
""",
    # ===== a Korean daily's own site, the whole page: menu, the reporter line, a cookie notice, related articles, footer
    "ko_society_full": """\
R 전체메뉴
R 정치
R 경제
R 사회
R 국제
R 문화
R 오피니언
R 로그인
R 회원가입
R 홈 > 사회 > 사건·사고
T 서울 지하철 파업 이틀째…출근길 혼잡
R 입력 2026-12-05 08:30 | 수정 2026-12-05 09:12
R 정다은 기자
R 가
R 가
A 서울 지하철 노조의 파업이 이틀째 이어지고 있다.
A 5일 출근 시간대 열차 운행률은 평소의 85% 수준이다.
A 서울교통공사는 비상 수송 대책을 시행 중이다.
A 주요 내용은 다음과 같다.
A ▲출근 시간대 운행률 100% 유지 목표
A ▲시내버스 집중 배차 시간 1시간 연장
A ▲대체 인력 1만3천여 명 투입
A 시민들은 불편을 호소했다.
A 직장인 이모(34)씨는 "평소보다 30분 일찍 나왔다"고 말했다.
A 노사는 이날 오후 다시 교섭에 나선다.
R 정다은 기자 daeun@example.co.kr
R 많이 본 뉴스
R 1 수능 성적 오늘 발표
R 2 내일 아침 영하 10도 한파
R 관련기사
R 서울 지하철 노조 내일부터 총파업
R 본 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.
R 확인
R 회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책
R 서울시 중구 세종대로 100 | 대표전화 02-123-4567
R Copyright © 서울일보. All rights reserved.
""",
})

CASES.update({
    # ===== ROUND 2 (after the changes, aimed at them) ===============================================================
    # ===== a list pointed at with a colon, its "・" items closing the story over the share row (ja)
    "ja_points_colon_extract": """\
T 政府、物価高対策の経済対策を決定 事業規模21兆円
R 2026年11月22日 19:40
A 政府は22日の臨時閣議で、物価高対策を柱とする総合経済対策を決定した。
A 財政支出は13兆9000億円、民間資金などを含めた事業規模は21兆9000億円となる。
A 首相は「賃上げが物価上昇を上回る経済を実現する」と強調した。
A 対策の主な内容は次のとおり：
A ・電気・ガス料金の補助を来年1～3月に再開
A ・住民税非課税世帯に1世帯3万円を給付
A ・子育て世帯に子ども1人あたり2万円を加算
A ・ガソリン補助金の段階的な縮小
R この記事をシェアする
R X（旧Twitter）
R Facebook
R LINE
R はてなブックマーク
""",
    # ===== a Taiwanese story whose "‧" points close the text over the related box (zh, traditional)
    "zh_tw_points_extract": """\
T 衛福部公布長照新制 明年上路
R 記者林美玲／台北報導
A 衛福部今天公布長照3.0新制，預計明年7月上路，總經費約新台幣1,200億元。
A 部長表示，新制將擴大服務對象，並提高居家照顧的補助額度。
A 新制重點如下。
A ‧服務對象擴大至50歲以上失智症者
A ‧居家照顧補助每月提高3,000元
A ‧增設500處社區照顧據點
R 延伸閱讀
R 長照人力缺口達2萬人 專家籲提高薪資
R 失智症人口突破35萬 衛福部擬新計畫
R 〔生活頻道〕追蹤我們的粉絲專頁
""",
    # ===== a Korean daily's page whose "△" items close the story over most-read and the footer (ko)
    "ko_points_full": """\
R 전체메뉴
R 정치
R 경제
R 사회
R 로그인
T 정부, 내년 청년 일자리 예산 3조원 투입
R 입력 2026-12-08 10:00
A 정부가 내년 청년 일자리 사업에 3조원을 투입한다.
A 고용노동부는 8일 이런 내용을 담은 청년 고용 대책을 발표했다.
A 장관은 "청년들이 첫 일자리를 빨리 찾도록 돕겠다"고 말했다.
A 대책의 주요 내용은 다음과 같다.
A △청년 일자리 도약 장려금 지원 대상 확대
A △구직 단념 청년 맞춤 상담 신설
A △중소기업 취업 청년 교통비 월 5만원 지원
R 많이 본 뉴스
R 1 수도권 아파트값 3주 연속 상승
R 2 내일 전국에 비…기온 뚝
R 회사소개 | 광고문의 | 개인정보처리방침
R Copyright © 서울일보. All rights reserved.
""",
    # ===== a Japanese local paper's page: its footer's links open on "・" under the story's last paragraph, nothing points at them
    "ja_footer_marks_full": """\
R ホーム
R 地域
R 社会
R 経済
R スポーツ
T 商店街に新しい図書館 来春開館へ
R 2026年12月9日 08:00
A 市は8日、中心商店街の空き店舗を改装し、小さな図書館を開設すると発表した。
A 蔵書は約5000冊で、来年4月の開館を予定している。
A 市の担当者は「買い物のついでに気軽に立ち寄ってほしい」と話している。
A 商店街の理事長は「人の流れが戻るきっかけになれば」と期待を寄せた。
R ・会社概要
R ・お問い合わせ
R ・個人情報の取り扱い
R ・サイトマップ
R Copyright © 地域日報社 All rights reserved.
""",
    # ===== a simplified Chinese blog of short lines, the blog's menu over its title (zh)
    "zh_diary_full": """\
R 首页
R 随笔
R 归档
R 友链
R 关于
T 周末去爬了香山
R 2026-11-15
A 周六一早，我们就出发了。
A 地铁上人很多，大家都是去看红叶的。
A 到山脚下的时候，已经排起了长队。
A 山上的红叶比想象中还要好看。
A 我们在半山腰吃了自带的三明治。
A 下山的时候，腿已经有点软了。
A 朋友说明年还要再来一次。
A 回到家，洗了个热水澡，早早就睡了。
A 真是充实的一天！
R 上一篇：第一次做红烧肉
R 下一篇：读书笔记《活着》
R 评论（0）
""",
    # ===== a Japanese diary post of short lines, the blog's menu over its title (ja)
    "ja_diary_full": """\
R はてなブログ
R 記事一覧
R アーカイブ
R プロフィール
T 近所のパン屋さん
R 2026-11-30
A 近所に新しいパン屋さんができました。
A 朝7時から開いているそうです。
A さっそく行ってみると、店の前に行列ができていました。
A クロワッサンとあんパンを買いました。
A クロワッサンはバターの香りがすごい。
A あんパンは甘さ控えめで、私好みでした。
A 店主さんはパリで修業したそうです。
A また来週も行こうと思います。
R 読者になる
R このブログの人気記事
R 関連記事
R 引用をストックしました
""",
    # ===== a story whose sections open on "■" subheads, the first right over the lead (ja)
    "ja_subheads_full": """\
R ホーム
R ニュース
R 経済
R 国際
T 円安が一段と進行 1ドル=160円台
R 2026年12月2日 10:00
A ■止まらない円安
A 外国為替市場で円安が進み、1ドル=160円台をつけた。約1年ぶりの水準となる。
A 日米の金利差が意識され、円を売ってドルを買う動きが強まった。
A ■政府・日銀の対応は
A 財務相は2日朝、記者団に「過度な変動は望ましくない」と述べた。
A 市場では為替介入への警戒感も高まっている。
A ■今後の見通し
A 専門家は「年内は円安基調が続く」とみている。
R 関連記事
R 円安で輸入物価が上昇
R ランキング
R 1 年末ボーナス過去最高
""",
    # ===== a blog post opening on a one-word sentence under the blog's menu (ja)
    "ja_greeting_blog_full": """\
R アメーバブログ
R ブログトップ
R 記事一覧
R 画像一覧
A 晴れ。
A 今日は久しぶりに実家に帰りました。
A 母が作ってくれた肉じゃがを食べました。
A やっぱり母の味は最高です。
A 父は相変わらず庭いじりをしていました。
A 夕方には近所の公園を散歩しました。
A 子どもの頃によく遊んだ公園です。
A ブランコが新しくなっていました。
A また来月も帰ろうと思います。
R いいね！
R コメントする
R フォロー
""",
    # ===== a State Council-style story whose numbered measures close the text over the related box (zh)
    "zh_measures_extract": """\
T 国务院部署稳就业举措
A 新华社北京12月1日电（记者 王明）国务院总理1日主持召开国务院常务会议，部署进一步做好稳就业工作。
A 会议指出，今年以来就业形势总体稳定，1至10月全国城镇新增就业1102万人。
A 会议确定了以下措施：
A （一）加大社保补贴力度
A （二）扩大就业见习规模
A （三）支持农民工就近就业
R 相关新闻
R 央行：四季度将加大逆周期调节力度
R 10月CPI同比上涨0.4%
R 责任编辑：张晓燕
""",
})


KNOWN_LOST: dict[str, list[str]] = {}

RESIDUE_LEFT: dict[str, int] = {
    # a stock quote's row under the paywall ("トヨタ 7203 +1.2%"): a markets story's own table of movers reads the same
    "ja_economy_extract": 1,
    # a portal's name and its sections on one line after a pipe ("36氪 | 首页 快讯 资本 汽车 科技 专精特新"): its
    # section words ("快讯", "资本", "专精特新") are the outlet's own, no table's
    "zh_tech_full": 1,
}

test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, known_lost=KNOWN_LOST
)
test_the_pages_with_their_language_forced = forced_language_test(CASES, RESIDUE_LEFT, KNOWN_LOST)


# -- the rules added, both ways -------------------------------------------------------------------

#: a few sentences of a news story per language, the residue line put before or after them
TEXT = {
    "zh": [
        "市政府12月1日宣布，将在明年投入50亿元改造老旧小区，涉及居民约12万户。",
        "改造内容包括加装电梯、更新管网和增设停车位，预计2028年底前全部完成。",
        "市住建局负责人表示，改造方案将充分听取居民意见，每个小区单独制定计划。",
    ],
    "ja": [
        "市は1日、老朽化した市営住宅の建て替え計画を発表し、来年度から5年間で約120億円を投じる方針を示した。",
        "対象は市内の12団地で、エレベーターの設置や断熱改修も進め、2031年度までの完了を目指すという。",
        "市長は記者会見で「住民の声を丁寧に聞きながら進めたい」と述べ、説明会を順次開く考えを示した。",
    ],
    "ko": [
        "시는 1일 노후 공공주택 재건축 계획을 발표하고 내년부터 5년간 1200억원을 투입하겠다고 밝혔다.",
        "대상은 시내 12개 단지로 엘리베이터 설치와 단열 개선 공사도 함께 진행해 2031년까지 마칠 계획이다.",
        "시장은 기자회견에서 \"주민 의견을 충분히 듣고 추진하겠다\"며 단지별 설명회를 열겠다고 말했다.",
    ],
}

_SC, _CO, _PW, _CTA, _GR = "site-chrome", "copyright", "paywall", "call-to-action", "glued-residue"
_TB, _FP, _SB = "teaser-box", "feedback-prompt", "social-buttons"
#: (language, residue line, the pass that takes it)
GOES = [
    ("ko", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", _CO),
    ("zh", "【字体：大 中 小】", _SC),
    ("zh", "字号：大 中 小", _SC),
    ("zh", "本文标签：生活 美食 随笔", _SC),
    ("zh", "文章標籤：選舉 立法院", _SC),
    ("zh", "阅读约5分钟", _SC),
    ("zh", "作者：周琳 | 2026-11-20 11:02 | 阅读约5分钟", _GR),
    ("zh", "本文为作者独立观点，不代表36氪立场。", _CO),
    ("zh", "本文系作者个人观点，不代表本站立场", _CO),
    ("ja", "この記事の画像（全5枚）", _SC),
    ("ja", "写真（全12枚）", _SC),
    ("ja", "この記事は会員限定です。登録すると続きをお読みいただけます。", _PW),
    ("ja", "日経電子版の有料会員になる", _PW),
    ("ja", "有料会員になる", _PW),
    ("ko", "▶ 카카오톡 채널 추가하고 뉴스 받기", _CTA),
    ("ko", "카카오톡 채널 추가하고 혜택 받기", _CTA),
    ("ko", "서울시 중구 세종대로 100 | 대표전화 02-123-4567", _SC),
    ("zh", "本文系观察者网独家稿件，未经授权，不得转载。", _CO),
    ("zh", "本文来自微信公众号“财经早餐”，作者：李四", _CO),
    ("zh", "（原题为《新剧杀青》）", _CO),
    ("zh", "点击关注，第一时间了解更多资讯", _CTA),
    ("zh", "海量资讯、精准解读，尽在新浪财经APP", _CTA),
    ("zh", "举报/反馈", _SC),
    ("ja", "記事提供社からのご案内", _TB),
    ("ja", "この記事の関連ニュース", _TB),
    ("ja", "前へ 1 2 3 次へ", _SC),
    ("ja", "（ANN）", _CO),
    ("ja", "【時事通信社】", _CO),
    ("ja", "この記事の感想を教えてください", _FP),
    ("ja", "この記事をXでポストする", _SB),
    ("ko", "구독하고 더 많은 기사 보기", _CTA),
    ("ko", "카카오톡 제보 okjebo", _CTA),
    ("ko", "※ 이 기사는 AI 학습에 사용할 수 없습니다", _CO),
    ("ko", "이 기사와 관련된 기사", _TB),
]

#: (language, an article's sentence with the added rules' words)
STAYS = [
    ("ko", "연합뉴스는 무단 전재와 재배포를 막기 위해 지난해부터 AI 학습 및 활용 금지 문구를 기사마다 달고 있다고 밝혔다."),
    ("zh", "记者注意到，新版网页把字体：大、中、小三档改成了滑块，老年读者反映更方便了。"),
    ("zh", "本文标签：这一功能上线后，用户可以给每篇文章添加三个标签，方便检索。"),
    ("zh", "这本书不厚，阅读约5分钟就能读完一章，适合在通勤时看。"),
    ("zh", "他在声明中写道，本文为作者独立观点，不代表公司立场，这句话随后引发了争议。"),
    ("ja", "会場では、この記事の画像（全5枚）にもある通り、多くの来場者が作品に見入っていた。"),
    ("ja", "調査では「この記事は会員限定です」という表示を見ると、6割の読者がページを閉じると答えた。"),
    ("ja", "日経電子版の有料会員になる人は、昨年より2割増えたと同社は発表した。"),
    ("ko", "카카오톡 채널 추가하고 뉴스 받기 기능을 이용하는 독자가 지난해보다 두 배 늘었다고 회사는 밝혔다."),
    ("ko", "서울시 중구 세종대로 100에 있는 시청 앞 광장에서 대표전화 안내 행사가 열렸다."),
    ("zh", "他说，本文系观察者网独家稿件，未经授权，不得转载的声明被大量转发，却很少有人遵守。"),
    ("zh", "本文来自微信公众号的说法并不准确，记者核实后发现，原文最早发表在一家网站上。"),
    ("zh", "（原题为《新剧杀青》）这样的标注在转载稿件中十分常见，编辑们称之为原题注。"),
    ("zh", "点击关注，第一时间了解更多资讯，这类话术在自媒体文章结尾几乎随处可见，研究者统计。"),
    ("zh", "业内人士认为，海量资讯、精准解读，尽在新浪财经APP这样的广告语已难以吸引年轻用户。"),
    ("zh", "对于举报/反馈渠道不畅的问题，平台表示将在下月上线新的投诉系统。"),
    ("ja", "記事提供社からのご案内が表示されない不具合について、同社は12日までに修正したと発表した。"),
    ("ja", "前へ 1 2 3 次へと進むボタンの配置を変えたところ、閲覧数が1割増えたという。"),
    ("ja", "番組はテレビ朝日系（ANN）で全国放送され、視聴率は12.3%だった。"),
    ("ja", "この記事の感想を教えてくださいという呼びかけに、500件を超える声が寄せられた。"),
    ("ja", "この記事をXでポストする人の多くは、見出ししか読んでいないという調査もある。"),
    ("ko", "구독하고 더 많은 기사 보기 버튼을 누르는 독자는 전체의 3%에 그쳤다고 회사는 밝혔다."),
    ("ko", "카카오톡 제보 okjebo 계정으로 들어온 제보는 지난해 1만 건을 넘었다고 연합뉴스는 밝혔다."),
    ("ko", "이 기사는 AI 학습에 사용할 수 없습니다라는 문구를 두고 언론사와 IT 기업이 맞서고 있다."),
    ("ko", "이 기사와 관련된 기사를 찾던 독자들은 포털의 추천 방식에 불만을 드러냈다."),
]

test_the_added_residue_goes, test_sentences_with_the_added_words_survive = added_rule_tests(TEXT, GOES, STAYS)


# -- the shape rules, both ways (cleaner/passes/edge_cjk.py) ---------------------------------------

#: a story's last lines per language: a sentence pointing at its list, the list's items on a glued mark, the box of
#: other stories under them
_POINTED = {
    "ja": (
        ["政府は22日の臨時閣議で、物価高対策を柱とする総合経済対策を決定し、財政支出は13兆9000億円となる。",
         "首相は記者会見で「賃上げが物価上昇を上回る経済を実現する」と強調した。", "対策の主な内容は次の通り。"],
        ["・電気料金の補助を再開", "・非課税世帯への給付", "・子育て世帯への加算"],
        ["関連記事", "首相、来年度予算案の編成方針を指示", "日米外相会談、ウクライナ支援で一致"],
    ),
    "ko": (
        ["정부가 내년 청년 일자리 사업에 3조원을 투입한다고 8일 고용노동부가 밝혔다.",
         "장관은 \"청년들이 첫 일자리를 빨리 찾도록 돕겠다\"고 말했다.", "대책의 주요 내용은 다음과 같다."],
        ["△청년 도약 장려금 대상 확대", "△구직 단념 청년 상담 신설", "△중소기업 취업 청년 지원"],
        ["관련기사", "서울 지하철 노조 내일부터 총파업", "수능 성적 오늘 발표"],
    ),
    "zh": (
        ["衛福部今天公布長照新制，預計明年7月上路，總經費約新台幣1,200億元，服務對象將擴大。",
         "部長表示，新制將提高居家照顧的補助額度。", "新制重點如下："],
        ["‧服務對象擴大", "‧居家照顧補助提高", "‧增設社區照顧據點"],
        ["延伸閱讀", "長照人力缺口達2萬人 專家籲提高薪資", "失智症人口突破35萬 衛福部擬新計畫"],
    ),
}


@pytest.mark.parametrize("lang", sorted(_POINTED))
def test_a_list_on_glued_marks_a_sentence_points_at_stays(lang: str) -> None:
    text, items, box = _POINTED[lang]
    lost, gone = kept([*text, *items, *box])
    assert lost == box, gone


@pytest.mark.parametrize("lang", sorted(_POINTED))
def test_marked_items_no_sentence_points_at_still_go(lang: str) -> None:
    # (the sentence over them states, points at nothing: a footer's links on the same marks)
    text, items, box = _POINTED[lang]
    lost, gone = kept([*text[:2], *items, *box, "Copyright © 2026 Example Media. All rights reserved."])
    assert lost[: len(items)] == items, gone


def test_a_footers_links_on_a_mark_under_the_last_paragraph_still_go() -> None:
    lost, gone = kept(page_text(CASES["ja_footer_marks_full"]).split("\n"))
    assert {"・会社概要", "・お問い合わせ", "・個人情報の取り扱い", "・サイトマップ"} <= set(lost), gone


_BLOG_JA = [
    "今日は久しぶりに実家に帰りました。", "母が作ってくれた肉じゃがを食べました。", "やっぱり母の味は最高です。",
    "父は相変わらず庭いじりをしていました。", "夕方には近所の公園を散歩しました。", "子どもの頃によく遊んだ公園です。",
    "ブランコが新しくなっていました。", "また来月も帰ろうと思います。",
]
_MENU_JA = ["アメーバブログ", "ブログトップ", "記事一覧", "画像一覧"]


def test_a_blog_of_short_sentences_anchors_its_head() -> None:
    lost, gone = kept([*_MENU_JA, *_BLOG_JA])
    assert lost == _MENU_JA, gone


def test_a_page_of_headlines_anchors_nothing() -> None:
    # (headlines close on no full stop: no block of sentences, the page is left alone as before)
    headlines = [
        "首相、来年度予算案の編成方針を指示", "日米外相会談、ウクライナ支援で一致", "北海道で大雪 交通に影響",
        "全国の最低賃金、初の1100円超え", "人気バンドが解散を発表", "円安が一段と進行 1ドル=160円台",
        "商店街に新しい図書館 来春開館へ", "年末ジャンボ宝くじ、売り上げ好調", "大雪の恐れ 北日本で警戒",
    ]
    lost, gone = kept([*_MENU_JA, *headlines])
    assert not any(line in lost for line in headlines), gone


def test_a_one_word_sentence_over_the_first_paragraph_stays_and_the_menu_goes() -> None:
    lost, gone = kept([*_MENU_JA, "晴れ。", *_BLOG_JA])
    assert lost == _MENU_JA, gone


_SECTIONS_JA = [
    "■止まらない円安",
    "外国為替市場で円安が進み、1ドル=160円台をつけた。約1年ぶりの水準となり、輸入物価への影響が懸念される。",
    "日米の金利差が意識され、円を売ってドルを買う動きが強まった。",
    "■政府・日銀の対応は",
    "財務相は2日朝、記者団に「過度な変動は望ましくない」と述べ、市場をけん制した。",
]
_MENU_HEAD = ["ホーム", "ニュース", "経済", "国際"]


def test_a_marked_subheading_over_the_first_paragraph_stays() -> None:
    lost, gone = kept([*_MENU_HEAD, "円安が一段と進行 1ドル=160円台", *_SECTIONS_JA])
    assert set(_MENU_HEAD) <= set(lost), gone
    assert not set(_SECTIONS_JA) & set(lost), gone


def test_a_marked_menu_link_over_the_text_still_goes() -> None:
    # (no section of the article opens on its mark)
    body = [line for line in _SECTIONS_JA if not line.startswith("■")]
    lost, gone = kept([*_MENU_HEAD, "■ニュース一覧", "円安が一段と進行 1ドル=160円台", *body])
    assert "■ニュース一覧" in lost, gone


_MEASURES = [
    "新华社北京12月1日电（记者 王明）国务院总理1日主持召开国务院常务会议，部署进一步做好稳就业工作。",
    "会议指出，今年以来就业形势总体稳定，1至10月全国城镇新增就业1102万人。",
    "会议强调，要把促进青年就业摆在更加突出的位置。",
]
_FOOTER_ZH = ["相关新闻", "央行：四季度将加大逆周期调节力度", "10月CPI同比上涨0.4%", "Copyright © 2026 经济网 版权所有"]


@pytest.mark.parametrize(
    "items",
    [
        ["（一）加大社保补贴力度", "（二）扩大就业见习规模", "（三）支持农民工就近就业"],
        ["一、加大社保补贴力度", "二、扩大就业见习规模", "三、支持农民工就近就业"],
        ["①加大社保补贴力度", "②扩大就业见习规模", "③支持农民工就近就业"],
        ["1、加大社保补贴力度", "2、扩大就业见习规模", "3、支持农民工就近就业"],
    ],
)
def test_a_numbered_list_a_colon_line_announces_stays(items: list[str]) -> None:
    lost, gone = kept([*_MEASURES, "会议确定了以下措施：", *items, *_FOOTER_ZH])
    assert lost == _FOOTER_ZH, gone


def test_numbered_links_no_line_announces_still_go() -> None:
    links = ["（一）首页", "（二）新闻", "（三）财经", "（四）科技"]
    lost, gone = kept([*_MEASURES, *links, "Copyright © 2026 经济网 版权所有"])
    assert set(links) <= set(lost), gone


def test_numbers_out_of_order_are_no_list() -> None:
    from cleaner.passes.edge_cjk import _enumerator

    assert _enumerator("（十二）扩大就业") == (1, 12)
    assert _enumerator("二十、支持") == (2, 20)
    assert _enumerator("③支持") == (4, 3)
    assert _enumerator("1 人気俳優が結婚を発表") is None
    assert _enumerator("2026年12月1日") is None


if __name__ == "__main__":
    report(CASES)
