<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>za::ui::ArticleView</name>
    <message>
        <source>Continued from page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(that part is not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mentioned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parser warnings (for editors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show original text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::ComparePane</name>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued from page %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::CompareView</name>
    <message>
        <source>Show differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character-level differences between two articles (deleted in red, inserted in green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag articles here, or choose “Compare” in the results&apos; context menu (Ctrl+D), to read two to four articles side by side. Passages they share are marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::FacetModel</name>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::ImportDialog</name>
    <message>
        <source>Import Bulletin Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders (drop them here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to take it from each file&apos;s sidecar or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18 (from the file name when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. D2 (from the file name when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin&apos;s province resolves ambiguous place names such as 城区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin pages (*.md *.markdown *.txt *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Bulletin Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported</source>
        <translation>
            <numerusform>%n page imported</numerusform>
            <numerusform>%n pages imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::IssueTreeModel</name>
    <message>
        <source>(unnamed bulletin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no issue number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued, no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parse warning(s)</source>
        <translation>
            <numerusform>%n parse warning</numerusform>
            <numerusform>%n parse warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::MainWindow</name>
    <message>
        <source>ZoneArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sort: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Article as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Article &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when ZoneArchive starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ZoneArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No library open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side shows at most %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n article(s) added</source>
        <translation>
            <numerusform>Import finished: %n article added</numerusform>
            <numerusform>Import finished: %n articles added</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ZoneArchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ZoneArchive %1&lt;/h3&gt;&lt;p&gt;开发区简报档案 — an offline archive of development-zone bulletins: import pages, find articles by zone, city and theme, read and compare them.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Source Text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::ResultDelegate</name>
    <message>
        <source>(continued, no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui::SearchBar</name>
    <message>
        <source>Search: 招商 太原  &quot;营商环境&quot;  zone:侯马经济开发区  date:2023-05  -安全</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::cli</name>
    <message>
        <source>Bulletin name, e.g. 山西开发区简报.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue number (18 for 第18期).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page label, e.g. D2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the files (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin&apos;s province, for ambiguous place names (remembered per bulletin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue-date wants YYYY-MM-DD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n article(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s) processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n article(s) added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs one article ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reindex takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt %1 article(s) from %2 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bulletin pages (files or folders) into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (.md, .txt) or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild all derived data (articles, tags, index) from the stored source files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: zonearchive-cli [--library PATH] COMMAND [OPTIONS] [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZoneArchive (开发区简报档案): the archive engine from a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library file (default: $ZONEARCHIVE_LIBRARY, then the per-user library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help for zonearchive-cli or for a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: zonearchive-cli [--library PATH] %1 [OPTIONS] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %n problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (or create) the library, verify its integrity and show what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ZoneArchive library (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (truncated copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not expose its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register the full-text tokenizer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ZoneArchive library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ZoneArchive library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ZoneArchive (schema %2; this build knows up to %3). Please update ZoneArchive; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference from %1 row %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages without their source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles without their page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone tags without their zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n undecodable byte sequence(s) replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the source file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced an older version of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>za::ui</name>
    <message>
        <source>ZoneArchive desktop application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article link to open: zonearchive://article/ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
