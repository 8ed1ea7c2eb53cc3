<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>za::ui::ArticleView</name>
    <message>
        <source>Continued from page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(that part is not in the library)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (mentioned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parser warnings (for editors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show original text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compare</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::ComparePane</name>
    <message>
        <source>Move left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(continued from page %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::CompareView</name>
    <message>
        <source>Show differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character-level differences between two articles (deleted in red, inserted in green)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag articles here, or choose “Compare Side by Side” in the results' context menu (Ctrl+D), to read two to four articles side by side. Passages they share are marked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::CorrectionDialog</name>
    <message>
        <source>Correct Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kicker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names separated by 、 or commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was wrong (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::FacetModel</name>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no city)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>provincial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>level unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::FacetPanel</name>
    <message>
        <source>Clear all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::ImportDialog</name>
    <message>
        <source>Import Bulletin Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files and folders (drop them here):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to take it from each file's sidecar or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulletin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 18 (from the file name when empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. D2 (from the file name when empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bulletin's province resolves ambiguous place names such as 城区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulletin Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulletin pages (*.md *.markdown *.txt *.text);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of Bulletin Pages</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::IssueBrowser</name>
    <message>
        <source>Completeness Checks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Review Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Review Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review report was saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review report could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::IssueTreeModel</name>
    <message>
        <source>(unnamed bulletin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no issue number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(continued, no headline)</source>
        <translation type="unfinished" />
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
    <message>
        <source>%1/%2 approved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n need(s) changes</source>
        <translation>
            <numerusform>%n needs changes</numerusform>
            <numerusform>%n need changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::LibraryWorker</name>
    <message>
        <source>No library is open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n article(s)</source>
        <translation>
            <numerusform>Backup written to %1: %n article</numerusform>
            <numerusform>Backup written to %1: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from %1. The replaced file was kept as %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Rebuilt %n article(s) from the stored pages</source>
        <translation>
            <numerusform>Rebuilt %n article from the stored pages</numerusform>
            <numerusform>Rebuilt %n articles from the stored pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt %n article(s) from the stored pages that could be read.</source>
        <translation>
            <numerusform>Rebuilt %n article from the stored pages that could be read.</numerusform>
            <numerusform>Rebuilt %n articles from the stored pages that could be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read.</source>
        <translation>
            <numerusform>%n record could not be read.</numerusform>
            <numerusform>%n records could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::MainWindow</name>
    <message>
        <source>ZoneArchive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Sort: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Pages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Article as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Article &amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to Side by Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear All Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies when ZoneArchive starts next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About ZoneArchive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1/%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by side shows at most %1 articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About ZoneArchive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;ZoneArchive %1&lt;/h3&gt;&lt;p&gt;开发区简报档案 — an offline archive of development-zone bulletins: import pages, find articles by zone, city and theme, read and compare them.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original Source Text (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare S&amp;ets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve and Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct Article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer Name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name, stored with reviews:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on 「%1」:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the article:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completeness Checks: %1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Nothing to check: the issue looks complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repair Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup of %1, or rebuild it from its stored pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite reports damage in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library's own data disagree in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuilding %1/%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library was changed by another program; results updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing a backup to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the import to finish first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuilding the library…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::MoveParagraphDialog</name>
    <message>
        <source>Move Paragraph of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the issue’s articles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before paragraph </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paragraph to move:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article has only one paragraph; merge it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other article in this issue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::NotesPanel</name>
    <message>
        <source>Search all notes…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::RecoveryDialog</name>
    <message>
        <source>Repair Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup, or rebuild the library from its stored pages: everything SQLite can still read (pages, reviews, corrections, notes) is copied into a new file and the articles are derived again. The damaged file is kept beside the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored pages are intact. Rebuilding derives the articles, tags and index again from them; reviews, corrections and notes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups found beside the library:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Selected Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuild from Stored Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZoneArchive libraries (*.zarchive *.bak);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::ResultDelegate</name>
    <message>
        <source>(continued, no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::ReviewBar</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as reviewed (Ctrl+Enter approves and moves to the next article)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as needing changes (Ctrl+Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the article's text and fields (F2); the original is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View, compare and restore earlier versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File the article under other zones, cities or themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a note to the article or to the selected passage (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Paragraph…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a paragraph the parser put here to another article of the issue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::RevisionsDialog</name>
    <message>
        <source>Revisions of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original parse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision %1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with Current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::SearchBar</name>
    <message>
        <source>Search: 招商 太原  "营商环境"  zone:侯马经济开发区  date:2023-05  -安全</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui::SetCompareView</name>
    <message>
        <source>First set, e.g. zone:侯马经济开发区 or date:2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second set, e.g. zone:左云经济技术开发区 or date:2024</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>za::ui::TagsDialog</name>
    <message>
        <source>Tags of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 侯马经济开发区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 临汾市</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 招商引资</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add city:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add theme:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::bulletin</name>
    <message>
        <source>continued fragment taken to end before the heading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article taken to start at the heading %1 after a continued fragment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headline without a body on this page: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headline guessed from a plain line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headline found after its body: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kicker guessed from a plain line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heading right under the headline taken for a subheading: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headline found inside its body, the sentence it cut joined again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headline found inside its body: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paragraph joined across the subheading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plain line taken for a subheading: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second continuation marker: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second dateline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plain name line taken for the byline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no headline found for this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no articles found on this page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::cli</name>
    <message>
        <source>Bulletin name, e.g. 山西开发区简报.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue number (18 for 第18期).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page label, e.g. D2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding of the files (default: detect).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bulletin's province, for ambiguous place names (remembered per bulletin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--issue-date wants YYYY-MM-DD, not %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) processed</source>
        <translation>
            <numerusform>%n file processed</numerusform>
            <numerusform>%n files processed</numerusform>
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
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continued from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continued on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>articles takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show needs one article ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no article with ID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reindex takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuilding %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuilt %1 article(s) from %2 page(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import bulletin pages (files or folders) into the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files (.md, .txt) or folders to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List all articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print one article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuild all derived data (articles, tags, index) from the stored source files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: zonearchive-cli [--library PATH] COMMAND [OPTIONS] [ARGS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZoneArchive (开发区简报档案): the archive engine from a shell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>library file (default: $ZONEARCHIVE_LIBRARY, then the per-user library)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>help for zonearchive-cli or for a command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help for this command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: zonearchive-cli [--library PATH] %1 [OPTIONS] %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Integrity: %n problem</numerusform>
            <numerusform>Integrity: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Open (or create) the library, verify its integrity and show what it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup needs one target file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1: %2 article(s) from %3 page(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rebuild takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: rebuild failed, the library is unchanged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found before the rebuild:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a consistent copy of the library to a new file (safe while the library is in use).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file to create; it must not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor's name (default: the user name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an article ID, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status is approved, needs_changes or unreviewed, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 approved, %3 need changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a passage needs both --from and --to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1: revision %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 is not corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a revision number, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1: revision %2 restores revision %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cities: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>themes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--mark needs an article ID and --with OTHER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the issue with --bulletin and --issue-no or --issue-date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open check(s)</source>
        <translation>
            <numerusform>%n open check</numerusform>
            <numerusform>%n open checks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revision(s), %2 note(s), %3 tag override(s), %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second part: article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merged article: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulletin name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or set an article's review status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved, needs_changes or unreviewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review progress per issue (n of m approved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a note to an article, or to a passage of its body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passage start (character offset in the body).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passage end (exclusive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article ID and the note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List notes, or those containing the query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to look for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct an article's fields (a new revision).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kicker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtitle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date (YYYY-MM-DD or --MM-DD, empty for none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byline as printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authors, comma-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTF-8 file with the body (paragraphs separated by a blank line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List an article's revisions, or show one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article ID and revision number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a revision (as a new revision).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add or remove manual zone, city and theme tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File under this zone (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this zone (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this city (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this city (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this theme (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this theme (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a tag back to the classifier: kind:name (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split an article before a paragraph (0-based).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article ID and paragraph index.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge an article with the next one on its page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List editors' work a re-import could not match, or reattach it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach unmatched work ITEM to article ARTICLE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find reprints (incrementally) and list them, all or one article's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the pair ID/--with: same, different or undecided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other article of the pair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completeness checklist of an issue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export an issue's review (status, corrections, notes, open checks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only articles filed under this zone (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only articles about this city (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only articles about this county (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only articles with this theme (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only articles by this author (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this bulletin (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles dated on or after this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles dated on or before this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of hits (default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hits to skip (default 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from wants YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to wants YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit wants a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--offset wants a number</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message>
        <source>zones takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reclassify takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reclassified %n article(s)</source>
        <translation>
            <numerusform>Reclassified %n article</numerusform>
            <numerusform>Reclassified %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Search articles: ranked hits with highlighted snippets, and facet counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query: words, "phrases", OR, NOT/-, (), field:value (headline zone city county theme author bulletin issue page), date:2023-05 or date:2023-05-01..2023-06-30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facet counts for a query and filters, without hits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query, as for search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the zone registry with article counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag every article again (zones, places, themes, figures) with the library's registry and taxonomy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store this taxonomy (JSON) in the library first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library file is damaged:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying what can still be read into a new file, then rebuilding from the stored sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: the rebuild failed, the library file was not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup instead: `zonearchive-cli restore-backup` lists the backups found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged file was kept as %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Rows that could not be read: %n</source>
        <translation>
            <numerusform>Rows that could not be read: %n</numerusform>
            <numerusform>Rows that could not be read: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>restore-backup takes at most one backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backups found beside %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups of %1 (newest first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file it replaced was kept as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the library, then recreate all derived data (articles, tags, index) from the stored source files; a file SQLite finds damaged is first copied, row by row, into a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the backups found beside the library, or put one in its place (the replaced file is kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file to restore; without it, the backups found are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format is csv, json or pdf, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PDF report needs --output FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this zonearchive-cli was built without PDF output (no graphics libraries); export --format csv or json instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review report written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a paragraph index (0, 1, …), not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--position is a paragraph index (0, 1, …), not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paragraph %1 of article %2 is now paragraph %3 of article %4 (revisions %5 and %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a paragraph (0-based) to another article of the same issue (new revisions of both).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert before this paragraph of the target (default: at its end).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article ID, paragraph index and the target article's ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv, json (default) or pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to this file (required for pdf; default: standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relevance (default), date or zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sort is relevance, date or zone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a ZoneArchive library (not an SQLite database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (truncated copy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No library at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt SQLite driver does not expose its connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot register the full-text tokenizer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a ZoneArchive library: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ZoneArchive library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer ZoneArchive (schema %2; this build knows up to %3). Please update ZoneArchive; the library was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broken reference from %1 row %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pages without their source file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>articles without their page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone tags without their zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the issue by its number or date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no articles of this issue in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continues from %1, but no article there continues to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continues from %1, which is not in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continues on %1, but no article there continues from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continues on %1, which is not in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no byline, though most articles of the bulletin have one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dateline, though most articles of the bulletin have one</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>very short: %n character(s)</source>
        <translation>
            <numerusform>very short: %n character</numerusform>
            <numerusform>very short: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>very long: %n character(s)</source>
        <translation>
            <numerusform>very long: %n character</numerusform>
            <numerusform>very long: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parse warning(s) not yet reviewed</source>
        <translation>
            <numerusform>%n parse warning not yet reviewed</numerusform>
            <numerusform>%n parse warnings not yet reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>zone “%1” is not in the registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the article's body is corrected: split or merge before correcting the text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n split/merge correction(s) of this page could not be carried over to its new version; split or merge again</source>
        <translation>
            <numerusform>%n split/merge correction of this page could not be carried over to its new version; split or merge again</numerusform>
            <numerusform>%n split/merge corrections of this page could not be carried over to its new version; split or merge again</numerusform>
        </translation>
    </message>
    <message>
        <source>review work on “%1” could not be matched to an article of the new version; it is kept as unmatched work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a valid taxonomy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). Restore a backup of it (a *.bak file beside it or one made with `zonearchive-cli backup`), or import the original files into a new library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is busy (another program is writing to it): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the full-text index disagrees with the articles: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search sees %1 articles, the library holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>theme facet counts differ from a recount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move %1 aside to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fails its check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup must go to another file than the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is damaged, no backup made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is the library itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing of %1 could be read: no stored page survived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no articles in this issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kicker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored source of page %1 does not decode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reprint detection failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored source %1 of page %2 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored source %1 of page %2 does not decode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a text file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sidecar ignored: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n undecodable byte sequence(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>%n undecodable byte sequence replaced by U+FFFD</numerusform>
            <numerusform>%n undecodable byte sequences replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store the source file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced an older version of this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>a reprint decision is “same” or “different”, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>articles %1 and %2 are not a reprint pair</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library::ReprintLink</name>
    <message>
        <source>第%1期</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library::ReviewReport</name>
    <message>
        <source>No. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s): </source>
        <translation>
            <numerusform>%n article: </numerusform>
            <numerusform>%n articles: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 need changes, %3 unreviewed; %4 corrected, %5 note(s), %6 open check(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No article of this issue was corrected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision %1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open checks: the issue looks complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>empty note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passage %1-%2 is outside the article's body (%3 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no note %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date is YYYY-MM-DD or --MM-DD, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 has no revision %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restored revision %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>an article of %n paragraph(s) can be split before paragraph 1 to %1</source>
        <translation>
            <numerusform>an article of %n paragraph can be split before paragraph 1 to %1</numerusform>
            <numerusform>an article of %n paragraphs can be split before paragraph 1 to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the split did not produce a second article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the article is the last on its page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a paragraph is moved to another article, not to the one it is in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 is not in the same issue as article %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 has paragraphs 0 to %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the article's only paragraph cannot be moved (merge the articles instead)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>article %1 has %n paragraph(s): the position is 0 to %n (after the last)</source>
        <translation>
            <numerusform>article %1 has %n paragraph: the position is 0 to %n (after the last)</numerusform>
            <numerusform>article %1 has %n paragraphs: the position is 0 to %n (after the last)</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 moved to article %2 “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paragraph %1 of article %2 “%3” moved here as paragraph %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 already has review work of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no unmatched work %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::library</name>
    <message>
        <source>machine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::report</name>
    <message>
        <source>PDF output needs a QGuiApplication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add a page to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>za::ui</name>
    <message>
        <source>ZoneArchive desktop application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An article link to open: zonearchive://article/ID</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>