<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Drag articles here, or choose “Compare” in the results&apos; context menu (Ctrl+D), to read two to four articles side by side. Passages they share are marked.</source>
        <translation>将文章拖到这里，或在结果列表的右键菜单中选择“对照阅读”（Ctrl+D），即可并排阅读两到四篇文章，相同段落会被标出。</translation>
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
</context>
<context>
    <name>za::ui::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
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
        <source>Leave empty to take it from each file&apos;s sidecar or name</source>
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
        <source>The bulletin&apos;s province resolves ambiguous place names such as 城区</source>
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
    <name>za::ui::SearchBar</name>
    <message>
        <source>Search: 招商 太原  &quot;营商环境&quot;  zone:侯马经济开发区  date:2023-05  -安全</source>
        <translation>检索：招商 太原  &quot;营商环境&quot;  zone:侯马经济开发区  date:2023-05  -安全</translation>
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
        <source>The bulletin&apos;s province, for ambiguous place names (remembered per bulletin).</source>
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
    <message>
        <source>%n article(s)</source>
        <translation>%n 篇文章</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>%n file(s) processed</source>
        <translation>已处理 %n 个文件</translation>
    </message>
    <message>
        <source>%n article(s) added</source>
        <translation>新增 %n 篇文章</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>%n 个失败</translation>
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
    <message>
        <source>Integrity: %n problem(s)</source>
        <translation>完整性：%n 个问题</translation>
    </message>
    <message>
        <source>Open (or create) the library, verify its integrity and show what it holds.</source>
        <translation>打开（或新建）档案库，检查其完整性并显示其内容概况。</translation>
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
    <message>
        <source>%n undecodable byte sequence(s) replaced by U+FFFD</source>
        <translation>%n 处无法解码的字节序列已替换为 U+FFFD</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
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
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
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
