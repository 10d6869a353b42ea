"""Chinese pages, a second probe: mainland portals in simplified characters and Taiwan/Hong Kong
papers in traditional characters, in genres the first probe (``test_lang_zh_ja.py``) was not
written from.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Half of the pages are what a naive scraper keeps (all the visible text: a state news agency's
report, a finance portal's page with its index widget, a city government's notice, a Taiwanese
news site's report), half what an extractor lets through (a portal's social news with its
comments, a home-cooking recipe, a Taiwanese daily's report with its app prompt, a Hong Kong
daily's report, a party paper's long read with subheadings and one-line quotes). The article
lines resemble residue on purpose: reported speech about statements (声明), comments (评论, 留言)
and sources (来源); a recipe's imperatives; a notice's enumerated headings, signature and date;
subheadings without punctuation; list items and number lines.

Measured when the probe was written, before any rule change (9 pages, 87 article and 145 residue
lines): article lines lost 4 (a city notice's addressees "各区、各有关单位，广大市民：" before its first
long paragraph; its issuing office and date of issue under "特此通知。"; a finance page's "来源：" line
under its figures), residue lines left 6. The "来源：…" line is tagged ``T`` since: alone after the
article, a portal prints the syndicating outlet's credit that way, and no reader can tell it from a
data source; the data source proper ("数据来源：…") was added as an ``A`` line and was lost as well.
After: article lines lost 0, residue lines left 2 (a government site's sponsor row, a recipe's
"作者：" row: see ``RESIDUE_LEFT``).
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
    # NAIVE: a state news agency's report: the channel menu, breadcrumb, date/source row, font-size
    # and print buttons, the body with an enumerated list, editor line, share row, related and
    # recommended boxes, footer with the licence number
    "naive_xinhua": """\
R 首页
R 时政
R 国际
R 财经
R 科技
R 体育
R 图片
R 视频
R 新华网 > 时政 > 正文
T 多地加快推进城市更新 老旧小区改造惠及百万居民
R 2024-05-14 09:32:15 来源：新华网
R 【字体：大 中 小】【打印】【关闭】
A 新华社北京5月14日电（记者王晓明）记者14日从住房和城乡建设部获悉，今年前4个月，全国新开工改造城镇老旧小区1.2万个，惠及居民约210万户。
A 住房和城乡建设部有关负责人表示，各地在推进改造过程中注重听取居民意见，不少小区通过“居民议事会”确定改造内容。
A “过去一下雨楼道里全是水，现在终于不用担心了。”家住北京市朝阳区的居民李女士说。
A 改造内容主要包括：
A 一是加装电梯和无障碍设施；
A 二是更新改造水电气热等老化管线；
A 三是完善养老托育、停车充电等配套服务。
A 该负责人在声明中强调，改造资金使用情况将定期向社会公开，接受群众监督。
A 不少网民在评论中表示，希望改造范围能进一步扩大到2000年以后建成的小区。
A 来源于中央财政的补助资金今年已下达约400亿元。
R 【纠错】
R 责任编辑：张伟
R 分享到：
R 微信
R 微博
R QQ空间
R 扫一扫，分享到微信
R 相关阅读
R 住建部：今年将新开工改造城镇老旧小区5万个以上
R 老旧小区改造如何“改到群众心坎上”
R 热门推荐
R 国家统计局：4月份国民经济持续回升向好
R 多地出台新政促进房地产市场平稳健康发展
R 关于我们 | 联系我们 | 网站声明 | 广告服务 | 网站地图
R 版权所有 新华网
R Copyright © 2000-2024 XINHUANET.com All Rights Reserved.
R 京ICP证010042号
""",
    # EXTRACTOR: a portal's social news: date/source row, the body with a traffic police's
    # statement and netizens' comments reported, "click to see more", the editor tag, then the
    # comment section with user names, places, times, replies and likes
    "portal_social": """\
T 男子高速上逆行被查 称“导航让我掉头”
R 2024年05月20日 14:05 新浪新闻
R 来源：澎湃新闻
A 5月18日下午，一辆小型轿车在沪昆高速浙江段逆向行驶约800米，被巡逻民警当场拦下。
A 据驾驶员王某交代，他因错过出口，听到导航提示“请掉头”后，便直接在高速公路上调转车头。
A 交警部门随后发布声明：“在高速公路上倒车、逆行、掉头属于严重违法行为，将被记12分。”
A 目前，王某已被依法处以罚款200元、记12分的处罚。
A 视频发布后，不少网友在评论区留言称“导航也不能全信”，也有网友认为导航软件的提示应当更明确。
A 交警提醒：
A 错过出口请继续行驶至下一个出口，切勿停车、倒车或掉头。
R 点击查看更多精彩内容
R 责任编辑：李娜 SN222
R 网友评论
R 登录 | 注册
R 发表评论
R 浙江杭州网友 05-20 15:12
R 导航也不能全信啊
R 回复 赞(128)
R 广东广州网友 05-20 15:30
R 这种人应该吊销驾照
R 回复 赞(64)
R 查看全部356条评论
""",
    # NAIVE: a finance portal's page: the menu, the index widget (names, points, changes), the
    # body with index figures as list items, the risk disclaimer, editor line, hot box, footer
    "naive_finance": """\
R 首页
R 股票
R 基金
R 期货
R 债券
R 外汇
R 上证指数
R 3154.32
R +0.52%
R 深证成指
R 9789.11
R -0.18%
R 创业板指
R 1883.64
R -0.41%
R 恒生指数
R 19,376.53
R +1.03%
T 央行宣布下调存款准备金率0.5个百分点 释放长期资金约1万亿元
R 2024年09月24日 16:45 来源：证券时报网
A 中国人民银行24日宣布，将于9月27日下调金融机构存款准备金率0.5个百分点，预计向金融市场提供长期流动性约1万亿元。
A 央行有关负责人表示，此次降准后，金融机构加权平均存款准备金率约为6.6%。
A 受消息影响，A股三大指数午后集体走强。截至收盘：
A 上证指数涨0.52%，报3154.32点；
A 深证成指跌0.18%，报9789.11点；
A 创业板指跌0.41%。
A 两市成交额合计8721亿元，较上一交易日放量约1200亿元。
A “降准释放的资金主要用于支持实体经济，”一位券商首席经济学家说，“对股市是明确的利好。”
A 数据来源：中国人民银行、Wind
T 来源：中国人民银行、Wind
R 声明：本文内容仅供参考，不构成投资建议。投资有风险，入市需谨慎。
R 责任编辑：王磊
R 热门推荐
R 多家银行下调存款利率 三年期跌破2%
R 北向资金净买入超百亿元
R 分享到：
R 下载新浪财经APP
R 意见反馈
R 新浪财经客户端
R 版权所有 新浪网
""",
    # EXTRACTOR: a home-cooking recipe: author and counters, the introduction, the 材料 list with
    # quantities, the numbered 做法 steps, the tip, a reply to readers' comments in the body, then
    # the like/collect/share row and the comments
    "recipe_hongshaorou": """\
T 家常红烧肉
R 作者：小厨娘的日常
R 收藏 1.2万 · 浏览 35万
A 红烧肉是一道经典的家常菜，肥而不腻，入口即化。下面分享我家做了二十年的做法。
A 材料
A 五花肉 500克
A 冰糖 30克
A 生抽 2勺
A 老抽 1勺
A 料酒 2勺
A 姜 3片
A 八角 2个
A 做法
A 1. 五花肉切成3厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。
A 2. 锅中放少许油，加入冰糖，小火炒出糖色。
A 3. 倒入五花肉翻炒上色，加入姜片、八角和料酒。
A 4. 加生抽、老抽和没过肉的热水，大火烧开后转小火炖60分钟。
A 5. 大火收汁即可出锅。
A 小贴士
A 炒糖色时一定要用小火，颜色变成枣红色就马上下肉，炒过了会发苦。
A 评论区很多朋友问能不能用电饭煲做，答案是可以的，但炖的时间要延长到90分钟。
R 点赞
R 收藏
R 分享
R 评论（236）
R 美食达人小王 2024-03-02
R 按这个方法做的，家人都说好吃！
R 回复
R 相关菜谱
R 可乐鸡翅
R 糖醋排骨
""",
    # NAIVE: a city government's notice: the site's menu, "current position" breadcrumb, the
    # publication row with views, the font-size buttons, the notice with its enumerated headings,
    # closing formula, the issuing office and the date; print/close buttons, QR prompt, footer with
    # the sponsor and the licence numbers
    "naive_gov_notice": """\
R 首页
R 政务公开
R 政务服务
R 互动交流
R 走进杭州
R 当前位置：首页 > 政务公开 > 通知公告
T 关于2024年端午节放假期间生活垃圾收运安排的通知
R 发布时间：2024-06-05 来源：市城市管理局 浏览次数：1523
R 【字体：大 中 小】
A 各区、各有关单位，广大市民：
A 根据国务院办公厅关于2024年部分节假日安排的通知精神，现将端午节期间生活垃圾收运安排通知如下：
A 一、放假时间
A 6月8日至10日放假调休，共3天。
A 二、收运安排
A 放假期间，全市生活垃圾收运工作正常进行，各收集点收运时间不变。
A 三、有关要求
A 请广大市民做好垃圾分类，不要将大件垃圾随意堆放在收集点周边。
A 如有疑问，请拨打12345市民服务热线咨询。
A 特此通知。
A 杭州市城市管理局
A 2024年6月5日
R 【打印本页】【关闭窗口】
R 扫一扫在手机打开当前页
R 网站地图 | 联系我们 | 隐私声明
R 主办单位：杭州市人民政府办公厅 承办单位：杭州市数据资源管理局
R 网站标识码：3301000001 浙ICP备05003389号
R 浙公网安备 33010602000012号
""",
    # NAIVE: a Taiwanese news site (traditional characters): the channel menu, breadcrumb, the
    # date/byline row, share and subscribe buttons, the body, an ad label, the "further reading"
    # box, newsletter prompt, comments label, hot news, footer
    "naive_tw_news": """\
R 首頁
R 要聞
R 社會
R 地方
R 兩岸
R 國際
R 財經
R 運動
R 娛樂
R 生活
R 聯合新聞網 / 要聞 / 社會
T 颱風凱米逼近 北北基桃宣布明天停班停課
R 2024-07-23 20:15 聯合報／記者陳宏睿／台北即時報導
R 分享
R Facebook
R LINE
R 複製連結
R 訂閱
A 中度颱風凱米持續逼近，台北市、新北市、基隆市與桃園市今晚宣布，明天（24日）停止上班、停止上課。
A 中央氣象署表示，凱米暴風圈預計明天清晨觸陸，北部及東北部地區將有豪雨到大豪雨。
A 「風雨最大的時段是明天下午到晚上。」氣象署預報員說。
R 廣告
A 台北市長蔣萬安在臉書留言呼籲市民，非必要不要外出，並提早準備飲用水、手電筒與行動電源。
A 民眾可上行政院人事行政總處網站，查詢各縣市最新停班停課訊息。
R 延伸閱讀
R 凱米颱風路徑曝 這些地區要嚴防豪雨
R 快訊／花蓮縣宣布停班停課
R 訂閱《聯合報》電子報
R 留言
R 熱門新聞
R 颱風假怎麼算薪水？勞動部說明
R 聯絡我們 | 服務條款 | 隱私權政策 | 著作權聲明
R Copyright © 2024 udn.com. All Rights Reserved.
""",
    # EXTRACTOR: a Taiwanese daily (traditional): the date, the lead with the byline glued to it,
    # a photo caption with its agency, a residents' comment reported, the app-lottery prompt the
    # site puts in the body and its buttons, "continue reading", the related box
    "tw_daily": """\
T 台積電熊本二廠動工 在地居民憂地下水
R 2024/05/10 05:30
A 〔記者林惠琴／綜合報導〕台積電日本熊本第二座工廠預計年底動工，當地居民對地下水用量的疑慮也再度浮上檯面。
R 台積電熊本一廠外觀。（路透）
A 熊本縣政府表示，二廠每日用水量約為一廠的兩倍，將透過回收再利用與涵養水源計畫因應。
R 請繼續往下閱讀...
A 一名居民在臉書社團留言：「我們不反對工廠，只希望政府把資訊公開。」
A 日本經濟產業省則在聲明中指出，將持續監測地下水位，並每季公布數據。
R 不用抽 不用搶 現在用APP看新聞 保證天天中獎
R 點我下載APP
R 按我看活動辦法
R 相關新聞
R 台積電日本子公司JASM公布新人事
R 熊本房價飆漲 在地人：買不起了
""",
    # EXTRACTOR: a Hong Kong daily (traditional): the paper's tag and the date on their own
    # lines, the body with a Cantonese quote and a subheading, a list of eligibility rows, the
    # related terms line, previous/next links and the rights line
    "hk_daily": """\
T 港府公布新一輪消費券 合資格市民獲派3000元
R 【明報專訊】
R 2024年5月12日 星期日
A 政府昨日公布新一輪電子消費券計劃詳情，合資格的18歲或以上香港永久性居民及新來港人士，可獲分兩期發放共3000元。
A 財政司司長在記者會上表示，計劃旨在刺激本地消費，協助零售及餐飲業復蘇。
A 登記安排
A 市民可於下月起透過網上或紙本表格登記，已登記上一輪計劃者毋須重新登記。
A 合資格人士包括：
A 18歲或以上香港永久性居民；
A 持單程證來港的新移民；
A 外籍家庭傭工以外的非永久性居民。
A 「有得派梗係好，但係唔夠交租囉。」在深水埗經營小店的陳先生說。
A 有立法會議員在網上留言批評計劃「治標不治本」。
R 相關字詞﹕消費券 財政預算案 零售業
R 上一篇：港股半日升逾300點
R 下一篇：天文台：本周末有驟雨
R 明報網站 · 版權所有 · 不得轉載
""",
    # EXTRACTOR: a party paper's long read: the byline with the source, the lead, subheadings
    # without punctuation, one-line quotes, a line quoting a statement, the editors' line at the
    # end, the "share so more see it" prompt and the app prompt
    "longread_rural": """\
T 一个山村的“数字”振兴路
R 来源：人民网－人民日报
R 2024年06月03日06:25
A 清晨六点，贵州省黔东南州的一个苗寨里，返乡青年杨光已经打开手机，开始当天的第一场直播。
A 三年前，这个只有120户人家的村子，年轻人几乎都在外地打工。
A 从“种得出”到“卖得好”
A 杨光回忆，刚开始直播时，一场下来观众只有几十人，评论也寥寥无几。
A “有人说我们的米是假的，我就把镜头对准稻田，一拍就是三个小时。”
A 如今，他的账号已有粉丝18万，去年帮村里卖出大米、腊肉等农产品超过300万元。
A 路通了，人回来了
A 2021年，通村公路完成硬化，快递车第一次开进了寨子。
A “以前寄个包裹要走两个小时山路。”
A 村党支部书记说，去年全村人均收入比三年前增长了近一倍。
A 县里在一份声明中表示，将把该村的经验推广到全县87个行政村。
A 点击量最高的一条视频，拍的只是老人们在鼓楼下唱侗族大歌。
R （责编：王震、岳弘彬）
R 分享让更多人看到
R 人民日报客户端
R 热门排行
""",
}

#: The residue lines each page may still keep (what is left today; lower it when a rule improves).
RESIDUE_LEFT: dict[str, int] = {
    # the footer's sponsor row "主办单位：… 承办单位：…": an event notice's own rows are labelled the same way
    "naive_gov_notice": 1,
    # "作者：小厨娘的日常": a book review's data rows print "作者：余华" the same way
    "recipe_hongshaorou": 1,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="zh", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_chinese, test_probe_pages_are_told_chinese = language_probe_tests(
    CASES, "zh", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("2024年05月20日 14:05 新浪新闻", "dateline"),
    ("2024-03-02 09:15 澎湃新闻", "dateline"),
    ("台積電熊本一廠外觀。（路透）", "image-credit"),
    ("賴清德出席記者會。（資料照，記者王小明攝）", "image-credit"),
    ("請繼續往下閱讀...", "call-to-action"),
    ("收藏 1.2万 · 浏览 35万", "site-chrome"),
    ("点赞 2.3万 | 评论 456", "site-chrome"),
    ("【打印本页】【关闭窗口】", "site-chrome"),
    ("网站地图 | 联系我们 | 隐私声明", "site-chrome"),
    ("關於我們 · 聯絡我們 · 隱私權政策", "site-chrome"),
]


test_residue_goes = residue_goes_tests(ARTICLES["zh"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("zh", [line for line, _pass in RESIDUE_GOES])


SHORT_LINES = [
    "材料",
    "做法",
    "小贴士",
    "一、放假时间",
    "数据来源：国家统计局",
    "資料來源：主計總處",
    "特此通知。",
    "收藏价值",
    "继续阅读",
    "登记安排",
    "各区、各有关单位，广大市民：",
]


test_short_line_survives = short_line_tests(ARTICLES["zh"], SHORT_LINES)


def test_a_notice_signature_and_date_survive_after_its_last_paragraph() -> None:
    # the issuing body and the date of issue under the closing formula are the notice's
    assert_survives([*ARTICLES["zh"], "特此通知。", "杭州市城市管理局", "2024年6月5日"])
    assert_survives([*ARTICLES["zh"], "特此公告。", "市人民政府办公厅", "2024年6月5日"])


def test_a_footer_after_a_signature_still_goes() -> None:
    text = "\n\n".join([*ARTICLES["zh"], "特此通知。", "杭州市城市管理局", "2024年6月5日", "【打印本页】【关闭窗口】", "网站地图 | 联系我们 | 隐私声明", "网站标识码：3301000001 浙ICP备05003389号"])
    kept = cleaner.clean_text(text)
    assert kept == "\n\n".join([*ARTICLES["zh"], "特此通知。", "杭州市城市管理局", "2024年6月5日"])


def test_a_date_under_a_name_before_the_article_still_goes() -> None:
    # no paragraphs above the name: the date is the page's timestamp
    text = "\n\n".join(["杭州市城市管理局", "2024年6月5日", *ARTICLES["zh"]])
    assert "2024年6月5日" not in cleaner.clean_text(text)


def test_a_notice_addressees_survive_under_the_menu() -> None:
    text = "\n\n".join(["首页", "政务公开", "政务服务", "互动交流", "各区、各有关单位，广大市民：", *ARTICLES["zh"]])
    assert cleaner.clean_text(text) == "\n\n".join(["各区、各有关单位，广大市民：", *ARTICLES["zh"]])


def test_a_share_label_before_the_article_still_goes() -> None:
    # a label's colon with no clauses before it is furniture as before
    text = "\n\n".join(["首页", "时政", "国际", "财经", "分享到：", *ARTICLES["zh"]])
    assert cleaner.clean_text(text) == "\n\n".join(ARTICLES["zh"])


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_zh_2.py
    report(CASES)
    print("as Chinese:")
    report(CASES, lambda case: judge(case, language="zh"))
