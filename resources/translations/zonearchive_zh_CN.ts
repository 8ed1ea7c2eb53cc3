<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>za::ui::ArticleView</name>
    <message>
        <source>Continued from page %1</source>
        <translation>上接第%1版</translation>
    </message>
    <message>
        <source>(that part is not in the library)</source>
        <translation>（该部分不在档案库中）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>%1 (mentioned)</source>
        <translation>%1（提及）</translation>
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation>下转第%1版</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文表述</translation>
    </message>
    <message>
        <source>Parser warnings (for editors)</source>
        <translation>解析提示（供编辑参考）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>原始文件：%1</translation>
    </message>
    <message>
        <source>show original text</source>
        <translation>查看原文</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>亦刊于%1</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>za::ui::ComparePane</name>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>关闭此栏</translation>
    </message>
    <message>
        <source>(continued from page %1)</source>
        <translation>（上接第%1版）</translation>
    </message>
</context>
<context>
    <name>za::ui::CompareView</name>
    <message>
        <source>Show differences</source>
        <translation>显示差异</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Character-level differences between two articles (deleted in red, inserted in green)</source>
        <translation>两篇文章的逐字差异（删除的标红，新增的标绿）</translation>
    </message>
    <message>
        <source>Drag articles here, or choose “Compare Side by Side” in the results' context menu (Ctrl+D), to read two to four articles side by side. Passages they share are marked.</source>
        <translation>将文章拖放到此处，或在结果列表的右键菜单中选择“对照阅读”（Ctrl+D），即可并排阅读二至四篇文章。各篇共有的文字会加以标记。</translation>
    </message>
</context>
<context>
    <name>za::ui::CorrectionDialog</name>
    <message>
        <source>Correct Article</source>
        <translation>更正文章</translation>
    </message>
    <message>
        <source>Kicker:</source>
        <translation>引题：</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation>YYYY-MM-DD 或 --MM-DD</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Names separated by 、 or commas</source>
        <translation>姓名之间用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>What was wrong (optional)</source>
        <translation>错误之处（可选）</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>za::ui::FacetModel</name>
    <message>
        <source>Zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Zone type</source>
        <translation>开发区类型</translation>
    </message>
    <message>
        <source>Zone level</source>
        <translation>开发区级别</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>（无城市）</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>national</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>级别未知</translation>
    </message>
</context>
<context>
    <name>za::ui::FacetPanel</name>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>清除“%1”</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
</context>
<context>
    <name>za::ui::FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
</context>
<context>
    <name>za::ui::ImportDialog</name>
    <message>
        <source>Import Bulletin Pages</source>
        <translation>导入简报版面</translation>
    </message>
    <message>
        <source>Files and folders (drop them here):</source>
        <translation>文件和文件夹（拖放到此处）：</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Leave empty to take it from each file's sidecar or name</source>
        <translation>留空则从各文件的元数据文件或文件名中获取</translation>
    </message>
    <message>
        <source>Bulletin:</source>
        <translation>简报：</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>出版日期：</translation>
    </message>
    <message>
        <source>e.g. 18 (from the file name when empty)</source>
        <translation>如 18（留空则取自文件名）</translation>
    </message>
    <message>
        <source>Issue number:</source>
        <translation>期号：</translation>
    </message>
    <message>
        <source>e.g. D2 (from the file name when empty)</source>
        <translation>如 D2（留空则取自文件名）</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>版面：</translation>
    </message>
    <message>
        <source>The bulletin's province resolves ambiguous place names such as 城区</source>
        <translation>简报所属省份用于区分“城区”等有歧义的地名</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bulletin Pages</source>
        <translation>简报版面</translation>
    </message>
    <message>
        <source>Bulletin pages (*.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>简报版面 (*.md *.markdown *.txt *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder of Bulletin Pages</source>
        <translation>简报版面所在文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个版面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>新增 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n 个此前已导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>当前文件处理完后取消…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>…另有 %n 行未列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::IssueBrowser</name>
    <message>
        <source>Completeness Checks…</source>
        <translation>完整性检查…</translation>
    </message>
    <message>
        <source>Export Review Report…</source>
        <translation>导出审校报告…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>导出审校报告</translation>
    </message>
    <message>
        <source>Review Report</source>
        <translation>审校报告</translation>
    </message>
    <message>
        <source>The review report was saved to %1.</source>
        <translation>审校报告已保存到 %1。</translation>
    </message>
    <message>
        <source>The review report could not be saved: %1</source>
        <translation>无法保存审校报告：%1</translation>
    </message>
</context>
<context>
    <name>za::ui::IssueTreeModel</name>
    <message>
        <source>(unnamed bulletin)</source>
        <translation>（未命名简报）</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>(no issue number)</source>
        <translation>（无期号）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation>（无版面）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>(continued, no headline)</source>
        <translation>（续文，无标题）</translation>
    </message>
    <message numerus="yes">
        <source>%n parse warning(s)</source>
        <translation>
            <numerusform>%n 条解析提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 approved</source>
        <translation>%1/%2 篇已通过</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) changes</source>
        <translation>
            <numerusform>%n 篇需修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::LibraryWorker</name>
    <message>
        <source>No library is open</source>
        <translation>没有打开的资料库</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n article(s)</source>
        <translation>
            <numerusform>备份已写入 %1：%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <source>Restored from %1. The replaced file was kept as %2</source>
        <translation>已从 %1 恢复。被替换的文件保留为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt %n article(s) from the stored pages</source>
        <translation>
            <numerusform>已从保存的版面重建 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt %n article(s) from the stored pages that could be read.</source>
        <translation>
            <numerusform>已从可读取的保存版面重建 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read.</source>
        <translation>
            <numerusform>%n 条记录无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1</source>
        <translation>损坏的文件保留为 %1</translation>
    </message>
</context>
<context>
    <name>za::ui::MainWindow</name>
    <message>
        <source>ZoneArchive</source>
        <translation>开发区简报档案</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source> Sort: </source>
        <translation> 排序：</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>按期浏览</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>对照阅读</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Pages…</source>
        <translation>导入版面(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>打印文章(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Article as PDF…</source>
        <translation>将文章导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Copy Article &amp;Link</source>
        <translation>复制文章链接(&amp;L)</translation>
    </message>
    <message>
        <source>Add to Side by Side</source>
        <translation>加入对照阅读</translation>
    </message>
    <message>
        <source>Clear All Filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>对照阅读(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies when ZoneArchive starts next.</source>
        <translation>新语言将在下次启动开发区简报档案时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ZoneArchive</source>
        <translation>关于开发区简报档案(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Importing %1/%2…</source>
        <translation>正在导入 %1/%2…</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>档案库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>未打开档案库</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Side by side shows at most %1 articles</source>
        <translation>对照阅读最多显示 %1 篇文章</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation>对照阅读</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>已有导入任务正在进行</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n article(s) added</source>
        <translation>
            <numerusform>导入完成：新增 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>打开或新建档案库</translation>
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive);;All files (*)</source>
        <translation>开发区简报档案库 (*.zarchive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About ZoneArchive</source>
        <translation>关于开发区简报档案</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ZoneArchive %1&lt;/h3&gt;&lt;p&gt;开发区简报档案 — an offline archive of development-zone bulletins: import pages, find articles by zone, city and theme, read and compare them.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;开发区简报档案 %1&lt;/h3&gt;&lt;p&gt;ZoneArchive — 离线的开发区简报档案：导入版面，按开发区、城市和主题查找文章，阅读并对照比较。&lt;/p&gt;&lt;p&gt;档案库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation>将文章导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Original Source Text (%1)</source>
        <translation>原始文件文本（%1）</translation>
    </message>
    <message>
        <source>Compare Sets</source>
        <translation>分组对比</translation>
    </message>
    <message>
        <source>Compare S&amp;ets</source>
        <translation>分组对比(&amp;E)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Approve and Next</source>
        <translation>通过并转到下一篇</translation>
    </message>
    <message>
        <source>Needs Changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Correct Article…</source>
        <translation>更正文章…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Reviewer Name…</source>
        <translation>审稿人姓名…</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>审稿人姓名</translation>
    </message>
    <message>
        <source>Your name, stored with reviews:</source>
        <translation>您的姓名（随审稿记录保存）：</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审稿</translation>
    </message>
    <message>
        <source>Note on 「%1」:</source>
        <translation>对「%1」的批注：</translation>
    </message>
    <message>
        <source>Note on the article:</source>
        <translation>对本文的批注：</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Completeness Checks: %1 %2 %3</source>
        <translation>完整性检查：%1 %2 %3</translation>
    </message>
    <message>
        <source>✓ Nothing to check: the issue looks complete.</source>
        <translation>✓ 无待查事项：本期看来完整。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>备份资料库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>检查资料库(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>正在检查资料库…</translation>
    </message>
    <message>
        <source>&amp;Repair Library…</source>
        <translation>修复资料库(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a backup of %1, or rebuild it from its stored pages.</source>
        <translation>恢复 %1 的备份，或从其保存的版面重建。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>检查资料库</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>%1 未发现问题。</translation>
    </message>
    <message>
        <source>SQLite reports damage in %1.</source>
        <translation>SQLite 报告 %1 已损坏。</translation>
    </message>
    <message>
        <source>The library's own data disagree in %1.</source>
        <translation>%1 的内部数据不一致。</translation>
    </message>
    <message>
        <source>Rebuilding %1/%2…</source>
        <translation>正在重建 %1/%2…</translation>
    </message>
    <message>
        <source>Repair Library</source>
        <translation>修复资料库</translation>
    </message>
    <message>
        <source>The library was changed by another program; results updated</source>
        <translation>资料库已被其他程序修改，结果已更新</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>备份资料库</translation>
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive)</source>
        <translation>ZoneArchive 资料库 (*.zarchive)</translation>
    </message>
    <message>
        <source>Writing a backup to %1…</source>
        <translation>正在写入备份到 %1…</translation>
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation>请先等待导入完成。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Rebuilding the library…</source>
        <translation>正在重建资料库…</translation>
    </message>
</context>
<context>
    <name>za::ui::MoveParagraphDialog</name>
    <message>
        <source>Move Paragraph of “%1”</source>
        <translation>移动《%1》的段落</translation>
    </message>
    <message>
        <source>Loading the issue’s articles…</source>
        <translation>正在加载本期文章…</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>放在末尾</translation>
    </message>
    <message>
        <source>Before paragraph </source>
        <translation>放在此段之前：</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <source>Paragraph to move:</source>
        <translation>要移动的段落：</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>移到：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>The article has only one paragraph; merge it instead.</source>
        <translation>这篇文章只有一个段落，请改用合并。</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>No other article in this issue</source>
        <translation>本期没有其他文章</translation>
    </message>
</context>
<context>
    <name>za::ui::NotesPanel</name>
    <message>
        <source>Search all notes…</source>
        <translation>检索全部批注…</translation>
    </message>
</context>
<context>
    <name>za::ui::RecoveryDialog</name>
    <message>
        <source>Repair Library</source>
        <translation>修复资料库</translation>
    </message>
    <message>
        <source>Restore a backup, or rebuild the library from its stored pages: everything SQLite can still read (pages, reviews, corrections, notes) is copied into a new file and the articles are derived again. The damaged file is kept beside the library.</source>
        <translation>请恢复一个备份，或从保存的版面重建资料库：SQLite 仍能读取的全部内容（版面、审校、更正、批注）会复制到新文件，文章将重新生成。损坏的文件保留在资料库旁边。</translation>
    </message>
    <message>
        <source>The stored pages are intact. Rebuilding derives the articles, tags and index again from them; reviews, corrections and notes are kept.</source>
        <translation>保存的版面完好。重建会据此重新生成文章、标签和索引；审校、更正和批注都会保留。</translation>
    </message>
    <message>
        <source>Backups found beside the library:</source>
        <translation>资料库旁边找到的备份：</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Restore Selected Backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Other Backup…</source>
        <translation>其他备份…</translation>
    </message>
    <message>
        <source>Rebuild from Stored Pages</source>
        <translation>从保存的版面重建</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive *.bak);;All files (*)</source>
        <translation>ZoneArchive 资料库 (*.zarchive *.bak);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>za::ui::ResultDelegate</name>
    <message>
        <source>(continued, no headline)</source>
        <translation>（续文，无标题）</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>za::ui::ReviewBar</name>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Mark as reviewed (Ctrl+Enter approves and moves to the next article)</source>
        <translation>标记为已审（Ctrl+Enter 通过并转到下一篇文章）</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Mark as needing changes (Ctrl+Shift+Enter)</source>
        <translation>标记为需修改（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the article's text and fields (F2); the original is kept</source>
        <translation>更正文章的文字和字段（F2）；原文会保留</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>修订版本…</translation>
    </message>
    <message>
        <source>View, compare and restore earlier versions</source>
        <translation>查看、比较和恢复早先的版本</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>File the article under other zones, cities or themes</source>
        <translation>将文章归入其他开发区、城市或主题</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <source>Add a note to the article or to the selected passage (Ctrl+M)</source>
        <translation>为文章或选中的文字添加批注（Ctrl+M）</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>审稿人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n 次更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Paragraph…</source>
        <translation>移动段落…</translation>
    </message>
    <message>
        <source>Move a paragraph the parser put here to another article of the issue</source>
        <translation>把解析器误放在这里的段落移到本期另一篇文章</translation>
    </message>
</context>
<context>
    <name>za::ui::RevisionsDialog</name>
    <message>
        <source>Revisions of “%1”</source>
        <translation>“%1”的修订版本</translation>
    </message>
    <message>
        <source>original parse</source>
        <translation>原始解析</translation>
    </message>
    <message>
        <source>Revision %1 · %2 · %3</source>
        <translation>修订版本 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Compare with Current</source>
        <translation>与当前版本比较</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>恢复此修订版本</translation>
    </message>
</context>
<context>
    <name>za::ui::SearchBar</name>
    <message>
        <source>Search: 招商 太原  "营商环境"  zone:侯马经济开发区  date:2023-05  -安全</source>
        <translation>检索：招商 太原  "营商环境"  zone:侯马经济开发区  date:2023-05  -安全</translation>
    </message>
</context>
<context>
    <name>za::ui::SetCompareView</name>
    <message>
        <source>First set, e.g. zone:侯马经济开发区 or date:2023</source>
        <translation>第一组，如 zone:侯马经济开发区 或 date:2023</translation>
    </message>
    <message>
        <source>Second set, e.g. zone:左云经济技术开发区 or date:2024</source>
        <translation>第二组，如 zone:左云经济技术开发区 或 date:2024</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::TagsDialog</name>
    <message>
        <source>Tags of “%1”</source>
        <translation>“%1”的标签</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>e.g. 侯马经济开发区</source>
        <translation>如 侯马经济开发区</translation>
    </message>
    <message>
        <source>e.g. 临汾市</source>
        <translation>如 临汾市</translation>
    </message>
    <message>
        <source>e.g. 招商引资</source>
        <translation>如 招商引资</translation>
    </message>
    <message>
        <source>Add zone:</source>
        <translation>添加开发区：</translation>
    </message>
    <message>
        <source>Add city:</source>
        <translation>添加城市：</translation>
    </message>
    <message>
        <source>Add theme:</source>
        <translation>添加主题：</translation>
    </message>
</context>
<context>
    <name>za::bulletin</name>
    <message>
        <source>continued fragment taken to end before the heading %1</source>
        <translation>续接片段判定止于标题行 %1 之前</translation>
    </message>
    <message>
        <source>article taken to start at the heading %1 after a continued fragment</source>
        <translation>续接片段之后，文章判定从标题行 %1 开始</translation>
    </message>
    <message>
        <source>headline without a body on this page: %1</source>
        <translation>本版有标题而无正文：%1</translation>
    </message>
    <message>
        <source>headline guessed from a plain line: %1</source>
        <translation>标题由普通行推断：%1</translation>
    </message>
    <message>
        <source>headline found after its body: %1</source>
        <translation>标题位于正文之后：%1</translation>
    </message>
    <message>
        <source>kicker guessed from a plain line: %1</source>
        <translation>引题由普通行推断：%1</translation>
    </message>
    <message>
        <source>heading right under the headline taken for a subheading: %1</source>
        <translation>紧接标题下方的一行判定为副标题：%1</translation>
    </message>
    <message>
        <source>headline found inside its body, the sentence it cut joined again: %1</source>
        <translation>标题夹在正文中，被截断的句子已重新接上：%1</translation>
    </message>
    <message>
        <source>headline found inside its body: %1</source>
        <translation>标题夹在正文中：%1</translation>
    </message>
    <message>
        <source>paragraph joined across the subheading %1</source>
        <translation>段落跨越小标题 %1 接续</translation>
    </message>
    <message>
        <source>plain line taken for a subheading: %1</source>
        <translation>普通行判定为小标题：%1</translation>
    </message>
    <message>
        <source>second continuation marker: %1</source>
        <translation>出现第二个转版标记：%1</translation>
    </message>
    <message>
        <source>second dateline: %1</source>
        <translation>出现第二个电头：%1</translation>
    </message>
    <message>
        <source>plain name line taken for the byline: %1</source>
        <translation>单独的人名行判定为署名：%1</translation>
    </message>
    <message>
        <source>no headline found for this article</source>
        <translation>未找到本文标题</translation>
    </message>
    <message>
        <source>no articles found on this page</source>
        <translation>本版未找到文章</translation>
    </message>
</context>
<context>
    <name>za::cli</name>
    <message>
        <source>Bulletin name, e.g. 山西开发区简报.</source>
        <translation>简报名称，如 山西开发区简报。</translation>
    </message>
    <message>
        <source>Issue date.</source>
        <translation>出版日期。</translation>
    </message>
    <message>
        <source>Issue number (18 for 第18期).</source>
        <translation>期号（第18期填 18）。</translation>
    </message>
    <message>
        <source>Page label, e.g. D2.</source>
        <translation>版面号，如 D2。</translation>
    </message>
    <message>
        <source>Encoding of the files (default: detect).</source>
        <translation>文件编码（默认：自动检测）。</translation>
    </message>
    <message>
        <source>The bulletin's province, for ambiguous place names (remembered per bulletin).</source>
        <translation>简报所属省份，用于区分有歧义的地名（按简报记住）。</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import 至少需要一个文件或文件夹</translation>
    </message>
    <message>
        <source>--issue-date wants YYYY-MM-DD, not %1</source>
        <translation>--issue-date 应为 YYYY-MM-DD 格式，而不是 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) processed</source>
        <translation>
            <numerusform>已处理 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>新增 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Continued from</source>
        <translation>上接</translation>
    </message>
    <message>
        <source>Continued on</source>
        <translation>下转</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>articles takes no arguments</source>
        <translation>articles 不接受参数</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>show needs one article ID</source>
        <translation>show 需要一个文章 ID</translation>
    </message>
    <message>
        <source>no article with ID %1</source>
        <translation>没有 ID 为 %1 的文章</translation>
    </message>
    <message>
        <source>reindex takes no arguments</source>
        <translation>reindex 不接受参数</translation>
    </message>
    <message>
        <source>Rebuilding %1/%2</source>
        <translation>正在重建 %1/%2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Rebuilt %1 article(s) from %2 page(s)</source>
        <translation>已从 %2 个版面重建 %1 篇文章</translation>
    </message>
    <message>
        <source>Import bulletin pages (files or folders) into the library.</source>
        <translation>将简报版面（文件或文件夹）导入档案库。</translation>
    </message>
    <message>
        <source>Files (.md, .txt) or folders to import.</source>
        <translation>要导入的文件（.md、.txt）或文件夹。</translation>
    </message>
    <message>
        <source>List all articles.</source>
        <translation>列出所有文章。</translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation>显示一篇文章。</translation>
    </message>
    <message>
        <source>Article ID.</source>
        <translation>文章 ID。</translation>
    </message>
    <message>
        <source>Rebuild all derived data (articles, tags, index) from the stored source files.</source>
        <translation>根据已保存的原始文件重建全部派生数据（文章、标签、索引）。</translation>
    </message>
    <message>
        <source>Usage: zonearchive-cli [--library PATH] COMMAND [OPTIONS] [ARGS]</source>
        <translation>用法：zonearchive-cli [--library PATH] COMMAND [OPTIONS] [ARGS]</translation>
    </message>
    <message>
        <source>ZoneArchive (开发区简报档案): the archive engine from a shell.</source>
        <translation>开发区简报档案（ZoneArchive）：在命令行中使用档案引擎。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>library file (default: $ZONEARCHIVE_LIBRARY, then the per-user library)</source>
        <translation>档案库文件（默认：$ZONEARCHIVE_LIBRARY，其次为当前用户的档案库）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>help for zonearchive-cli or for a command</source>
        <translation>显示 zonearchive-cli 或某个命令的帮助</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Library file.</source>
        <translation>档案库文件。</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Help for this command.</source>
        <translation>显示此命令的帮助。</translation>
    </message>
    <message>
        <source>Usage: zonearchive-cli [--library PATH] %1 [OPTIONS] %2</source>
        <translation>用法：zonearchive-cli [--library PATH] %1 [OPTIONS] %2</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check 不接受参数</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>档案库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>版面：%1</translation>
    </message>
    <message>
        <source>Source files: %1</source>
        <translation>原始文件：%1</translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation>开发区：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>完整性：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Open (or create) the library, verify its integrity and show what it holds.</source>
        <translation>打开（或新建）档案库，检查其完整性并显示其内容概况。</translation>
    </message>
    <message>
        <source>backup needs one target file</source>
        <translation>backup 需要一个目标文件</translation>
    </message>
    <message>
        <source>Backup written to %1: %2 article(s) from %3 page(s)</source>
        <translation>备份已写入 %1：%3 个版面中的 %2 篇文章</translation>
    </message>
    <message>
        <source>rebuild takes no arguments</source>
        <translation>rebuild 不接受参数</translation>
    </message>
    <message>
        <source>error: rebuild failed, the library is unchanged: %1</source>
        <translation>错误：重建失败，档案库未作改动：%1</translation>
    </message>
    <message>
        <source>Found before the rebuild:</source>
        <translation>重建前发现的问题：</translation>
    </message>
    <message>
        <source>Write a consistent copy of the library to a new file (safe while the library is in use).</source>
        <translation>将档案库的一致副本写入新文件（档案库正在使用时也可安全执行）。</translation>
    </message>
    <message>
        <source>The backup file to create; it must not exist.</source>
        <translation>要创建的备份文件；该文件不能已存在。</translation>
    </message>
    <message>
        <source>Editor's name (default: the user name).</source>
        <translation>编辑者姓名（默认：当前用户名）。</translation>
    </message>
    <message>
        <source>expected an article ID, not “%1”</source>
        <translation>应为文章 ID，而不是“%1”</translation>
    </message>
    <message>
        <source>--status is approved, needs_changes or unreviewed, not %1</source>
        <translation>--status 应为 approved、needs_changes 或 unreviewed，而不是 %1</translation>
    </message>
    <message>
        <source>%1 of %2 approved, %3 need changes</source>
        <translation>%2 篇中 %1 篇已通过，%3 篇需修改</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>a passage needs both --from and --to</source>
        <translation>指定片段需要同时给出 --from 和 --to</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>article %1: revision %2</source>
        <translation>文章 %1：修订版本 %2</translation>
    </message>
    <message>
        <source>article %1 is not corrected</source>
        <translation>文章 %1 没有更正</translation>
    </message>
    <message>
        <source>expected a revision number, not “%1”</source>
        <translation>应为修订版本号，而不是“%1”</translation>
    </message>
    <message>
        <source>article %1: revision %2 restores revision %3</source>
        <translation>文章 %1：修订版本 %2 恢复了修订版本 %3</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>没有 ID 为 %1 的文章</translation>
    </message>
    <message>
        <source>zones: %1</source>
        <translation>开发区：%1</translation>
    </message>
    <message>
        <source>cities: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>--mark needs an article ID and --with OTHER</source>
        <translation>--mark 需要一个文章 ID 和 --with OTHER</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>亦刊于%1</translation>
    </message>
    <message>
        <source>name the issue with --bulletin and --issue-no or --issue-date</source>
        <translation>请用 --bulletin 加 --issue-no 或 --issue-date 指定期次</translation>
    </message>
    <message numerus="yes">
        <source>%n open check(s)</source>
        <translation>
            <numerusform>%n 项待查</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revision(s), %2 note(s), %3 tag override(s), %4</source>
        <translation>%1 个修订版本，%2 条批注，%3 个人工标签，%4</translation>
    </message>
    <message>
        <source>second part: article %1</source>
        <translation>拆出的后半部分：文章 %1</translation>
    </message>
    <message>
        <source>merged article: %1</source>
        <translation>合并后的文章：%1</translation>
    </message>
    <message>
        <source>Bulletin name.</source>
        <translation>简报名称。</translation>
    </message>
    <message>
        <source>Issue number.</source>
        <translation>期号。</translation>
    </message>
    <message>
        <source>Show or set an article's review status.</source>
        <translation>显示或设置文章的审稿状态。</translation>
    </message>
    <message>
        <source>approved, needs_changes or unreviewed.</source>
        <translation>approved、needs_changes 或 unreviewed。</translation>
    </message>
    <message>
        <source>Review progress per issue (n of m approved).</source>
        <translation>各期审稿进度（m 篇中 n 篇已通过）。</translation>
    </message>
    <message>
        <source>Add a note to an article, or to a passage of its body.</source>
        <translation>为文章或其正文中的一段文字添加批注。</translation>
    </message>
    <message>
        <source>Passage start (character offset in the body).</source>
        <translation>片段起点（在正文中的字符偏移）。</translation>
    </message>
    <message>
        <source>Passage end (exclusive).</source>
        <translation>片段终点（不含该位置）。</translation>
    </message>
    <message>
        <source>Article ID and the note.</source>
        <translation>文章 ID 和批注内容。</translation>
    </message>
    <message>
        <source>List notes, or those containing the query.</source>
        <translation>列出批注，或只列出包含检索内容的批注。</translation>
    </message>
    <message>
        <source>Text to look for.</source>
        <translation>要查找的文字。</translation>
    </message>
    <message>
        <source>Correct an article's fields (a new revision).</source>
        <translation>更正文章的字段（生成新的修订版本）。</translation>
    </message>
    <message>
        <source>Kicker.</source>
        <translation>引题。</translation>
    </message>
    <message>
        <source>Headline.</source>
        <translation>标题。</translation>
    </message>
    <message>
        <source>Subtitle.</source>
        <translation>副题。</translation>
    </message>
    <message>
        <source>Dateline.</source>
        <translation>电头。</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD or --MM-DD, empty for none).</source>
        <translation>日期（YYYY-MM-DD 或 --MM-DD，留空表示无日期）。</translation>
    </message>
    <message>
        <source>Byline as printed.</source>
        <translation>署名（照原文）。</translation>
    </message>
    <message>
        <source>Authors, comma-separated.</source>
        <translation>作者，以逗号分隔。</translation>
    </message>
    <message>
        <source>UTF-8 file with the body (paragraphs separated by a blank line).</source>
        <translation>包含正文的 UTF-8 文件（段落之间以空行分隔）。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>更正原因。</translation>
    </message>
    <message>
        <source>List an article's revisions, or show one.</source>
        <translation>列出文章的修订版本，或显示其中一个。</translation>
    </message>
    <message>
        <source>Article ID and revision number.</source>
        <translation>文章 ID 和修订版本号。</translation>
    </message>
    <message>
        <source>Restore a revision (as a new revision).</source>
        <translation>恢复某个修订版本（作为新的修订版本）。</translation>
    </message>
    <message>
        <source>Add or remove manual zone, city and theme tags.</source>
        <translation>添加或移除人工设定的开发区、城市和主题标签。</translation>
    </message>
    <message>
        <source>File under this zone (repeatable).</source>
        <translation>归入此开发区（可重复）。</translation>
    </message>
    <message>
        <source>Remove this zone (repeatable).</source>
        <translation>移除此开发区（可重复）。</translation>
    </message>
    <message>
        <source>Add this city (repeatable).</source>
        <translation>添加此城市（可重复）。</translation>
    </message>
    <message>
        <source>Remove this city (repeatable).</source>
        <translation>移除此城市（可重复）。</translation>
    </message>
    <message>
        <source>Add this theme (repeatable).</source>
        <translation>添加此主题（可重复）。</translation>
    </message>
    <message>
        <source>Remove this theme (repeatable).</source>
        <translation>移除此主题（可重复）。</translation>
    </message>
    <message>
        <source>Give a tag back to the classifier: kind:name (repeatable).</source>
        <translation>撤销人工标签，交还自动分类决定：kind:name（可重复）。</translation>
    </message>
    <message>
        <source>Split an article before a paragraph (0-based).</source>
        <translation>在某段之前拆分文章（段落从 0 开始编号）。</translation>
    </message>
    <message>
        <source>Article ID and paragraph index.</source>
        <translation>文章 ID 和段落序号。</translation>
    </message>
    <message>
        <source>Merge an article with the next one on its page.</source>
        <translation>将文章与同一版面上的下一篇文章合并。</translation>
    </message>
    <message>
        <source>List editors' work a re-import could not match, or reattach it.</source>
        <translation>列出重新导入后未能对应到文章的编辑工作，或将其重新关联。</translation>
    </message>
    <message>
        <source>Attach unmatched work ITEM to article ARTICLE.</source>
        <translation>将未匹配的工作 ITEM 关联到文章 ARTICLE。</translation>
    </message>
    <message>
        <source>Find reprints (incrementally) and list them, all or one article's.</source>
        <translation>（增量）查找转载并列出全部转载或某篇文章的转载。</translation>
    </message>
    <message>
        <source>Mark the pair ID/--with: same, different or undecided.</source>
        <translation>将 ID 与 --with 这一对标记为 same（相同）、different（不同）或 undecided（未定）。</translation>
    </message>
    <message>
        <source>The other article of the pair.</source>
        <translation>这一对中的另一篇文章。</translation>
    </message>
    <message>
        <source>Completeness checklist of an issue.</source>
        <translation>某一期的完整性检查清单。</translation>
    </message>
    <message>
        <source>Export an issue's review (status, corrections, notes, open checks).</source>
        <translation>导出某一期的审稿情况（状态、更正、批注、待查事项）。</translation>
    </message>
    <message>
        <source>Only articles filed under this zone (repeatable).</source>
        <translation>仅限归入此开发区的文章（可重复）。</translation>
    </message>
    <message>
        <source>Only articles about this city (repeatable).</source>
        <translation>仅限涉及此城市的文章（可重复）。</translation>
    </message>
    <message>
        <source>Only articles about this county (repeatable).</source>
        <translation>仅限涉及此县区的文章（可重复）。</translation>
    </message>
    <message>
        <source>Only articles with this theme (repeatable).</source>
        <translation>仅限带有此主题的文章（可重复）。</translation>
    </message>
    <message>
        <source>Only articles by this author (repeatable).</source>
        <translation>仅限此作者的文章（可重复）。</translation>
    </message>
    <message>
        <source>Only this bulletin (repeatable).</source>
        <translation>仅限此简报（可重复）。</translation>
    </message>
    <message>
        <source>Articles dated on or after this day.</source>
        <translation>日期不早于此日的文章。</translation>
    </message>
    <message>
        <source>Articles dated on or before this day.</source>
        <translation>日期不晚于此日的文章。</translation>
    </message>
    <message>
        <source>Number of hits (default 20).</source>
        <translation>结果数量（默认 20）。</translation>
    </message>
    <message>
        <source>Hits to skip (default 0).</source>
        <translation>跳过的结果数（默认 0）。</translation>
    </message>
    <message>
        <source>--from wants YYYY-MM-DD</source>
        <translation>--from 应为 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>--to wants YYYY-MM-DD</source>
        <translation>--to 应为 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>--limit wants a number</source>
        <translation>--limit 应为数字</translation>
    </message>
    <message>
        <source>--offset wants a number</source>
        <translation>--offset 应为数字</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>zones takes no arguments</source>
        <translation>zones 不接受参数</translation>
    </message>
    <message>
        <source>reclassify takes no arguments</source>
        <translation>reclassify 不接受参数</translation>
    </message>
    <message numerus="yes">
        <source>Reclassified %n article(s)</source>
        <translation>
            <numerusform>已重新分类 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Search articles: ranked hits with highlighted snippets, and facet counts.</source>
        <translation>检索文章：按相关度排序的结果、高亮摘要及各筛选项的计数。</translation>
    </message>
    <message>
        <source>Query: words, "phrases", OR, NOT/-, (), field:value (headline zone city county theme author bulletin issue page), date:2023-05 or date:2023-05-01..2023-06-30.</source>
        <translation>检索式：词语、"短语"、OR、NOT/-、()、field:value（headline zone city county theme author bulletin issue page）、date:2023-05 或 date:2023-05-01..2023-06-30。</translation>
    </message>
    <message>
        <source>Facet counts for a query and filters, without hits.</source>
        <translation>统计检索式和筛选条件下各筛选项的计数，不列出结果。</translation>
    </message>
    <message>
        <source>Query, as for search.</source>
        <translation>检索式，写法同 search。</translation>
    </message>
    <message>
        <source>List the zone registry with article counts.</source>
        <translation>列出开发区名录及各开发区的文章数。</translation>
    </message>
    <message>
        <source>Tag every article again (zones, places, themes, figures) with the library's registry and taxonomy.</source>
        <translation>用档案库中的开发区名录和主题分类体系重新标注所有文章（开发区、地名、主题、数据）。</translation>
    </message>
    <message>
        <source>Store this taxonomy (JSON) in the library first.</source>
        <translation>先将此主题分类体系（JSON）存入档案库。</translation>
    </message>
    <message>
        <source>The library file is damaged:</source>
        <translation>资料库文件已损坏：</translation>
    </message>
    <message>
        <source>Copying what can still be read into a new file, then rebuilding from the stored sources.</source>
        <translation>正在把仍可读取的内容复制到新文件，然后从保存的原始文件重建。</translation>
    </message>
    <message>
        <source>error: the rebuild failed, the library file was not changed: %1</source>
        <translation>错误：重建失败，资料库文件未改动：%1</translation>
    </message>
    <message>
        <source>Restore a backup instead: `zonearchive-cli restore-backup` lists the backups found.</source>
        <translation>请改为恢复备份：`zonearchive-cli restore-backup` 会列出找到的备份。</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1</source>
        <translation>损坏的文件保留为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows that could not be read: %n</source>
        <translation>
            <numerusform>无法读取的记录：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>restore-backup takes at most one backup file</source>
        <translation>restore-backup 最多接受一个备份文件</translation>
    </message>
    <message>
        <source>No backups found beside %1</source>
        <translation>%1 旁边没有找到备份</translation>
    </message>
    <message>
        <source>Backups of %1 (newest first):</source>
        <translation>%1 的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1</source>
        <translation>被替换的文件保留为 %1</translation>
    </message>
    <message>
        <source>Check the library, then recreate all derived data (articles, tags, index) from the stored source files; a file SQLite finds damaged is first copied, row by row, into a new one.</source>
        <translation>检查资料库，然后从保存的原始文件重新生成全部派生数据（文章、标签、索引）；SQLite 判定损坏的文件会先逐行复制到新文件。</translation>
    </message>
    <message>
        <source>List the backups found beside the library, or put one in its place (the replaced file is kept).</source>
        <translation>列出资料库旁边的备份，或用其中一个替换资料库（被替换的文件会保留）。</translation>
    </message>
    <message>
        <source>The backup file to restore; without it, the backups found are listed.</source>
        <translation>要恢复的备份文件；省略时列出找到的备份。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--format is csv, json or pdf, not %1</source>
        <translation>--format 只能是 csv、json 或 pdf，而不是 %1</translation>
    </message>
    <message>
        <source>a PDF report needs --output FILE</source>
        <translation>PDF 报告需要 --output FILE</translation>
    </message>
    <message>
        <source>this zonearchive-cli was built without PDF output (no graphics libraries); export --format csv or json instead</source>
        <translation>此 zonearchive-cli 构建时未包含 PDF 输出（缺少图形库）；请改用 --format csv 或 json 导出</translation>
    </message>
    <message>
        <source>review report written to %1</source>
        <translation>审校报告已写入 %1</translation>
    </message>
    <message>
        <source>expected a paragraph index (0, 1, …), not “%1”</source>
        <translation>需要段落序号（0、1、…），而不是“%1”</translation>
    </message>
    <message>
        <source>--position is a paragraph index (0, 1, …), not “%1”</source>
        <translation>--position 是段落序号（0、1、…），而不是“%1”</translation>
    </message>
    <message>
        <source>paragraph %1 of article %2 is now paragraph %3 of article %4 (revisions %5 and %6)</source>
        <translation>文章 %2 的第 %1 段现为文章 %4 的第 %3 段（修订 %5 和 %6）</translation>
    </message>
    <message>
        <source>Move a paragraph (0-based) to another article of the same issue (new revisions of both).</source>
        <translation>把一个段落（从 0 起数）移到同一期的另一篇文章（两篇文章各生成新修订）。</translation>
    </message>
    <message>
        <source>Insert before this paragraph of the target (default: at its end).</source>
        <translation>插入到目标文章的这一段之前（默认：末尾）。</translation>
    </message>
    <message>
        <source>Article ID, paragraph index and the target article's ID.</source>
        <translation>文章 ID、段落序号和目标文章 ID。</translation>
    </message>
    <message>
        <source>csv, json (default) or pdf.</source>
        <translation>csv、json（默认）或 pdf。</translation>
    </message>
    <message>
        <source>Write to this file (required for pdf; default: standard output).</source>
        <translation>写入此文件（pdf 必需；默认：标准输出）。</translation>
    </message>
    <message>
        <source>relevance (default), date or zone.</source>
        <translation>relevance（默认）、date 或 zone。</translation>
    </message>
    <message>
        <source>--sort is relevance, date or zone</source>
        <translation>--sort 只能是 relevance、date 或 zone</translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ZoneArchive library (not an SQLite database)</source>
        <translation>%1 不是开发区简报档案库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (truncated copy?)</source>
        <translation>%1 已损坏：文件长度小于文件头所记录的长度（可能是复制不完整？）</translation>
    </message>
    <message>
        <source>No library at %1</source>
        <translation>%1 处没有档案库</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not expose its connection</source>
        <translation>Qt SQLite 驱动未提供其数据库连接</translation>
    </message>
    <message>
        <source>Cannot register the full-text tokenizer: %1</source>
        <translation>无法注册全文检索分词器：%1</translation>
    </message>
    <message>
        <source>%1 is not a ZoneArchive library: %2</source>
        <translation>%1 不是开发区简报档案库：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ZoneArchive library</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是开发区简报档案库</translation>
    </message>
    <message>
        <source>%1 was written by a newer ZoneArchive (schema %2; this build knows up to %3). Please update ZoneArchive; the library was not changed.</source>
        <translation>%1 由更新版本的开发区简报档案写入（数据结构版本 %2，本版本最高支持 %3）。请更新开发区简报档案；档案库未作任何改动。</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>升级到数据结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Broken reference from %1 row %2 to %3</source>
        <translation>%1 表第 %2 行指向 %3 的引用已失效</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>pages without their source file</source>
        <translation>缺少原始文件的版面</translation>
    </message>
    <message>
        <source>articles without their page</source>
        <translation>缺少所属版面的文章</translation>
    </message>
    <message>
        <source>zone tags without their zone</source>
        <translation>缺少对应开发区的开发区标签</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>没有 ID 为 %1 的文章</translation>
    </message>
    <message>
        <source>no page %1</source>
        <translation>没有 ID 为 %1 的版面</translation>
    </message>
    <message>
        <source>name the issue by its number or date</source>
        <translation>请用期号或日期指定期次</translation>
    </message>
    <message>
        <source>no articles of this issue in the library</source>
        <translation>档案库中没有该期的文章</translation>
    </message>
    <message>
        <source>page %1 is missing</source>
        <translation>缺少第%1版</translation>
    </message>
    <message>
        <source>continues from %1, but no article there continues to %2</source>
        <translation>上接第%1版，但该版没有下转第%2版的文章</translation>
    </message>
    <message>
        <source>continues from %1, which is not in the library</source>
        <translation>上接第%1版，但该版不在档案库中</translation>
    </message>
    <message>
        <source>continues on %1, but no article there continues from %2</source>
        <translation>下转第%1版，但该版没有上接第%2版的文章</translation>
    </message>
    <message>
        <source>continues on %1, which is not in the library</source>
        <translation>下转第%1版，但该版不在档案库中</translation>
    </message>
    <message>
        <source>no byline, though most articles of the bulletin have one</source>
        <translation>无署名，而该简报的大多数文章都有署名</translation>
    </message>
    <message>
        <source>no dateline, though most articles of the bulletin have one</source>
        <translation>无电头，而该简报的大多数文章都有电头</translation>
    </message>
    <message numerus="yes">
        <source>very short: %n character(s)</source>
        <translation>
            <numerusform>过短：%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>very long: %n character(s)</source>
        <translation>
            <numerusform>过长：%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parse warning(s) not yet reviewed</source>
        <translation>
            <numerusform>%n 条解析提示尚未审阅</numerusform>
        </translation>
    </message>
    <message>
        <source>zone “%1” is not in the registry</source>
        <translation>开发区“%1”不在名录中</translation>
    </message>
    <message>
        <source>the article's body is corrected: split or merge before correcting the text</source>
        <translation>文章正文已被更正：请先拆分或合并，再更正文字</translation>
    </message>
    <message numerus="yes">
        <source>%n split/merge correction(s) of this page could not be carried over to its new version; split or merge again</source>
        <translation>
            <numerusform>此版面的 %n 项拆分/合并更正无法沿用到新版本；请重新拆分或合并</numerusform>
        </translation>
    </message>
    <message>
        <source>review work on “%1” could not be matched to an article of the new version; it is kept as unmatched work</source>
        <translation>对“%1”的审稿工作无法对应到新版本中的文章，已作为未匹配工作保留</translation>
    </message>
    <message>
        <source>Not a valid taxonomy: %1</source>
        <translation>不是有效的主题分类体系：%1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore a backup of it (a *.bak file beside it or one made with `zonearchive-cli backup`), or import the original files into a new library.</source>
        <translation>%1 已损坏（%2）。请恢复它的备份（同目录下的 *.bak 文件或用 `zonearchive-cli backup` 创建的备份），或将原始文件导入新的档案库。</translation>
    </message>
    <message>
        <source>The library is busy (another program is writing to it): %1</source>
        <translation>档案库正忙（另一个程序正在写入）：%1</translation>
    </message>
    <message>
        <source>the full-text index disagrees with the articles: %1</source>
        <translation>全文索引与文章不一致：%1</translation>
    </message>
    <message>
        <source>search sees %1 articles, the library holds %2</source>
        <translation>检索可见 %1 篇文章，档案库中有 %2 篇</translation>
    </message>
    <message>
        <source>theme facet counts differ from a recount</source>
        <translation>主题筛选计数与重新统计的结果不符</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2</source>
        <translation>无法把 %1 移到 %2</translation>
    </message>
    <message>
        <source>%1 fails its check: %2</source>
        <translation>%1 未通过检查：%2</translation>
    </message>
    <message>
        <source>The backup must go to another file than the library</source>
        <translation>备份必须写入资料库以外的文件</translation>
    </message>
    <message>
        <source>The library is damaged, no backup made</source>
        <translation>资料库已损坏，未进行备份</translation>
    </message>
    <message>
        <source>The backup is the library itself</source>
        <translation>该备份就是资料库本身</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>无法把 %1 复制到 %2</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation>无法把 %1 移到 %2</translation>
    </message>
    <message>
        <source>Nothing of %1 could be read: no stored page survived</source>
        <translation>%1 的内容全部无法读取：没有任何保存的版面幸存</translation>
    </message>
    <message>
        <source>no articles in this issue</source>
        <translation>本期没有文章</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>the stored source of page %1 does not decode</source>
        <translation>版面 %1 保存的原始文件无法解码</translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>not a regular file or folder</source>
        <translation>不是普通文件或文件夹</translation>
    </message>
    <message>
        <source>reprint detection failed: %1</source>
        <translation>转载检测失败：%1</translation>
    </message>
    <message>
        <source>The stored source %1 of page %2 is missing</source>
        <translation>版面 %2 保存的原始文件 %1 缺失</translation>
    </message>
    <message>
        <source>The stored source %1 of page %2 does not decode</source>
        <translation>版面 %2 保存的原始文件 %1 无法解码</translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>不是文本文件</translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation>未知编码 %1</translation>
    </message>
    <message>
        <source>sidecar ignored: %1</source>
        <translation>已忽略元数据文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n undecodable byte sequence(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>%n 处无法解码的字节已替换为 U+FFFD</numerusform></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>cannot store the source file: %1</source>
        <translation>无法保存原始文件：%1</translation>
    </message>
    <message>
        <source>replaced an older version of this page</source>
        <translation>已替换此版面的旧版本</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>a reprint decision is “same” or “different”, not %1</source>
        <translation>转载判定只能是“same”（同一稿件）或“different”（不同稿件），而不是 %1</translation>
    </message>
    <message>
        <source>articles %1 and %2 are not a reprint pair</source>
        <translation>文章 %1 与 %2 不是一对转载</translation>
    </message>
</context>
<context>
    <name>za::library::ReprintLink</name>
    <message>
        <source>第%1期</source>
        <translation>第%1期</translation>
    </message>
</context>
<context>
    <name>za::library::ReviewReport</name>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>审校报告：%1</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>生成于 %1 UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): </source>
        <translation>
            <numerusform>%n 篇文章：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 need changes, %3 unreviewed; %4 corrected, %5 note(s), %6 open check(s).</source>
        <translation>已审 %1 篇，需修改 %2 篇，未审 %3 篇；已更正 %4 篇，批注 %5 条，未解决检查项 %6 个。</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审校状态</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审校人</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审校时间</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>No article of this issue was corrected.</source>
        <translation>本期没有文章被更正。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更正前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更正后</translation>
    </message>
    <message>
        <source>Revision %1 · %2 · %3</source>
        <translation>修订版本 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>没有批注。</translation>
    </message>
    <message>
        <source>Open checks</source>
        <translation>未解决的检查项</translation>
    </message>
    <message>
        <source>No open checks: the issue looks complete.</source>
        <translation>没有未解决的检查项：本期看来完整。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>empty note</source>
        <translation>批注为空</translation>
    </message>
    <message>
        <source>passage %1-%2 is outside the article's body (%3 characters)</source>
        <translation>片段 %1-%2 超出了文章正文范围（正文共 %3 个字符）</translation>
    </message>
    <message>
        <source>no note %1</source>
        <translation>没有批注 %1</translation>
    </message>
    <message>
        <source>a date is YYYY-MM-DD or --MM-DD, not %1</source>
        <translation>日期格式应为 YYYY-MM-DD 或 --MM-DD，而不是 %1</translation>
    </message>
    <message>
        <source>article %1 has no revision %2</source>
        <translation>文章 %1 没有修订版本 %2</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>自动解析</translation>
    </message>
    <message>
        <source>restored revision %1</source>
        <translation>已恢复修订版本 %1</translation>
    </message>
    <message>
        <source>empty tag</source>
        <translation>标签为空</translation>
    </message>
    <message numerus="yes">
        <source>an article of %n paragraph(s) can be split before paragraph 1 to %1</source>
        <translation>
            <numerusform>共 %n 段的文章只能在第 1 至 %1 段之前拆分</numerusform></translation>
    </message>
    <message>
        <source>the split did not produce a second article</source>
        <translation>拆分未能产生第二篇文章</translation>
    </message>
    <message>
        <source>the article is the last on its page</source>
        <translation>该文章已是本版最后一篇</translation>
    </message>
    <message>
        <source>a paragraph is moved to another article, not to the one it is in</source>
        <translation>段落只能移到另一篇文章，不能移到其所在的文章</translation>
    </message>
    <message>
        <source>article %1 is not in the same issue as article %2</source>
        <translation>文章 %1 与文章 %2 不在同一期</translation>
    </message>
    <message>
        <source>article %1 has paragraphs 0 to %2, not %3</source>
        <translation>文章 %1 的段落序号为 0 到 %2，没有 %3</translation>
    </message>
    <message>
        <source>the article's only paragraph cannot be moved (merge the articles instead)</source>
        <translation>文章唯一的段落不能移动（请改为合并文章）</translation>
    </message>
    <message numerus="yes">
        <source>article %1 has %n paragraph(s): the position is 0 to %n (after the last)</source>
        <translation>
            <numerusform>文章 %1 有 %n 个段落：位置为 0 到 %n（最后一段之后）</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 moved to article %2 “%3”</source>
        <translation>第 %1 段已移到文章 %2《%3》</translation>
    </message>
    <message>
        <source>paragraph %1 of article %2 “%3” moved here as paragraph %4</source>
        <translation>文章 %2《%3》的第 %1 段已移到此处，成为第 %4 段</translation>
    </message>
    <message>
        <source>article %1 already has review work of its own</source>
        <translation>文章 %1 已有自己的审稿记录</translation>
    </message>
    <message>
        <source>no unmatched work %1</source>
        <translation>没有未匹配工作 %1</translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>machine</source>
        <translation>自动解析</translation>
    </message>
</context>
<context>
    <name>za::report</name>
    <message>
        <source>PDF output needs a QGuiApplication</source>
        <translation>PDF 输出需要 QGuiApplication</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot add a page to %1</source>
        <translation>无法向 %1 添加页面</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>无法完成 %1</translation>
    </message>
</context>
<context>
    <name>za::ui</name>
    <message>
        <source>ZoneArchive desktop application</source>
        <translation>开发区简报档案桌面程序</translation>
    </message>
    <message>
        <source>Library file to open.</source>
        <translation>要打开的档案库文件。</translation>
    </message>
    <message>
        <source>An article link to open: zonearchive://article/ID</source>
        <translation>要打开的文章链接：zonearchive://article/ID</translation>
    </message>
</context>
</TS>