#include "ui/mainwindow.h"

#include "library/importer.h"
#include "ui/articleview.h"
#include "ui/compareview.h"
#include "ui/facetpanel.h"
#include "ui/filterchips.h"
#include "ui/importdialog.h"
#include "ui/importservice.h"
#include "ui/issuebrowser.h"
#include "ui/libraryservice.h"
#include "ui/notespanel.h"
#include "ui/recoverydialog.h"
#include "ui/resultdelegate.h"
#include "ui/reviewbar.h"
#include "ui/reviewdialogs.h"
#include "ui/searchbar.h"
#include "ui/searchresultsmodel.h"
#include "ui/setcompareview.h"
#include "ui/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace za::ui {

namespace {

constexpr int kDebounceMs = 250;
constexpr int kFirstPage = 100;

enum Tab { ReaderTab = 0, CompareTab = 1, SetCompareTab = 2 };

QRegularExpression articleLinkPattern()
{
    static const QRegularExpression pattern(u"^\\s*zonearchive://article/(\\d+)\\s*$"_s);
    return pattern;
}

} // namespace

MainWindow::MainWindow(Settings &settings, LibraryService &service, ImportService &importer, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_service(service)
    , m_importer(importer)
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("ZoneArchive"));
    setWindowIcon(QIcon(u":/icons/zonearchive.svg"_s));
    setAcceptDrops(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &MainWindow::searchNow);

    createLayout();
    createActions();
    connectService();
    connectReview();
    restoreLayout();
    applyTheme();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    // Search bar and sort order in a toolbar.
    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(u"searchToolbar"_s);
    toolbar->setMovable(false);
    m_searchBar = new SearchBar(toolbar);
    m_searchBar->setObjectName(u"searchBar"_s);
    m_searchBar->setHistory(m_settings.searchHistory());
    toolbar->addWidget(m_searchBar);
    m_sort = new QComboBox(toolbar);
    m_sort->setObjectName(u"sortOrder"_s);
    m_sort->addItem(tr("Relevance"), int(search::SortOrder::Relevance));
    m_sort->addItem(tr("Newest first"), int(search::SortOrder::Date));
    m_sort->addItem(tr("Zone"), int(search::SortOrder::Zone));
    toolbar->addWidget(new QLabel(tr(" Sort: "), toolbar));
    toolbar->addWidget(m_sort);

    // Facets and issue browser as tabbed docks on the left.
    m_facets = new FacetPanel(this);
    auto *facetDock = new QDockWidget(tr("Filters"), this);
    facetDock->setObjectName(u"facetDock"_s);
    facetDock->setWidget(m_facets);
    addDockWidget(Qt::LeftDockWidgetArea, facetDock);
    m_issues = new IssueBrowser(this);
    auto *issueDock = new QDockWidget(tr("Issues"), this);
    issueDock->setObjectName(u"issueDock"_s);
    issueDock->setWidget(m_issues);
    addDockWidget(Qt::LeftDockWidgetArea, issueDock);
    tabifyDockWidget(facetDock, issueDock);
    m_notes = new NotesPanel(this);
    auto *notesDock = new QDockWidget(tr("Notes"), this);
    notesDock->setObjectName(u"notesDock"_s);
    notesDock->setWidget(m_notes);
    addDockWidget(Qt::LeftDockWidgetArea, notesDock);
    tabifyDockWidget(issueDock, notesDock);
    facetDock->raise();

    // Results in the middle, reader and compare on the right.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    auto *resultsPanel = new QWidget(m_splitter);
    auto *resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_queryMessage = new QLabel(resultsPanel);
    m_queryMessage->setObjectName(u"queryMessage"_s);
    m_queryMessage->setWordWrap(true);
    m_queryMessage->setStyleSheet(u"color:#b00020"_s);
    m_queryMessage->setVisible(false);
    m_chips = new FilterChips(resultsPanel);
    m_resultCount = new QLabel(resultsPanel);
    m_resultCount->setObjectName(u"resultCount"_s);
    m_results = new SearchResultsModel(this);
    m_resultsView = new QListView(resultsPanel);
    m_resultsView->setObjectName(u"resultsView"_s);
    m_resultsView->setModel(m_results);
    m_resultsView->setItemDelegate(new ResultDelegate(m_resultsView));
    m_resultsView->setUniformItemSizes(true);
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultsView->setDragEnabled(true);
    m_resultsView->setDragDropMode(QAbstractItemView::DragOnly);
    m_resultsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_resultsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    resultsLayout->addWidget(m_queryMessage);
    resultsLayout->addWidget(m_chips);
    resultsLayout->addWidget(m_resultCount);
    resultsLayout->addWidget(m_resultsView, 1);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(u"readerTabs"_s);
    auto *readerPanel = new QWidget(m_tabs);
    auto *readerLayout = new QVBoxLayout(readerPanel);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_reviewBar = new ReviewBar(readerPanel);
    m_reviewBar->setObjectName(u"reviewBar"_s);
    m_reader = new ArticleView(readerPanel);
    m_reader->setObjectName(u"reader"_s);
    readerLayout->addWidget(m_reviewBar);
    readerLayout->addWidget(m_reader, 1);
    m_reader->setFontPointSize(m_settings.readerFontSize());
    m_compare = new CompareView(m_tabs);
    m_compare->setObjectName(u"compareView"_s);
    m_compare->setFontPointSize(m_settings.readerFontSize());
    m_tabs->addTab(readerPanel, tr("Reader"));
    m_tabs->addTab(m_compare, tr("Side by Side"));
    m_setCompare = new SetCompareView(m_service, m_tabs);
    m_setCompare->setObjectName(u"setCompareView"_s);
    m_tabs->addTab(m_setCompare, tr("Compare Sets"));
    m_splitter->addWidget(resultsPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_libraryLabel = new QLabel(this);
    m_libraryLabel->setObjectName(u"libraryLabel"_s);
    m_libraryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"articleCountLabel"_s);
    m_busyLabel = new QLabel(this);
    statusBar()->addWidget(m_libraryLabel, 1);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_searchBar, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (articleLinkPattern().match(text).hasMatch())
            return; // a pasted link opens on Enter
        m_debounce->start();
    });
    connect(m_searchBar, &QLineEdit::returnPressed, this, [this] {
        const QRegularExpressionMatch link = articleLinkPattern().match(m_searchBar->text());
        if (link.hasMatch()) {
            openArticle(link.captured(1).toLongLong());
            return;
        }
        m_searchBar->commitToHistory();
        searchNow();
    });
    connect(m_searchBar, &SearchBar::historyChanged, this,
            [this](const QStringList &history) { m_settings.setSearchHistory(history); });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MainWindow::searchNow);
    connect(m_facets, &FacetPanel::toggled, this, &MainWindow::setFacetValue);
    connect(m_facets, &FacetPanel::clearFacet, this, &MainWindow::clearFacet);
    connect(m_facets, &FacetPanel::clearAll, this, &MainWindow::clearAllFacets);
    connect(m_chips, &FilterChips::removed, this,
            [this](search::Facet facet, const QString &value) { setFacetValue(facet, value, false); });
    connect(m_results, &SearchResultsModel::moreRequested, &m_service, &LibraryService::fetchMore);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_results->articleId(current)) {
                    m_service.requestArticle(id);
                    if (m_tabs->currentIndex() != ReaderTab && m_compare->paneCount() < 2)
                        m_tabs->setCurrentIndex(ReaderTab);
                }
            });
    connect(m_results, &QAbstractItemModel::modelReset, this, [this] {
        if (m_results->rowCount() == 0) {
            m_reader->clearArticle();
            m_reviewBar->clear();
        }
    });
    connect(m_resultsView, &QListView::customContextMenuRequested, this, &MainWindow::resultsContextMenu);
    connect(m_issues, &IssueBrowser::articleActivated, this, &MainWindow::openArticle);
    connect(m_reader, &ArticleView::articleLinkActivated, this, &MainWindow::openArticle);
    connect(m_reader, &ArticleView::filterRequested, this,
            [this](search::Facet facet, const QString &value) { setFacetValue(facet, value, true); });
    connect(m_reader, &ArticleView::sourceRequested, &m_service, &LibraryService::requestSource);
    connect(m_compare, &CompareView::articlesDropped, this, &MainWindow::compareArticles);
    connect(m_setCompare, &SetCompareView::articleActivated, this, &MainWindow::openArticle);
    connect(m_compare, &CompareView::articlesChanged, this,
            [this](const QList<qint64> &ids) { m_settings.setCompareArticles(ids); });
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(tr("&Import Pages…"), this, [this] { showImportDialog(); });
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    QAction *openAction = fileMenu->addAction(tr("&Open Library…"), this, &MainWindow::openLibraryDialog);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Back Up Library…"), this, &MainWindow::backupLibrary);
    fileMenu->addAction(tr("&Check Library"), this, [this] {
        statusBar()->showMessage(tr("Checking the library…"));
        m_service.checkLibrary();
    });
    fileMenu->addAction(tr("&Repair Library…"), this, [this] {
        offerRecovery(
            tr("Restore a backup of %1, or rebuild it from its stored pages.").arg(m_service.path()), {},
            false);
    });
    fileMenu->addSeparator();
    QAction *printAction = fileMenu->addAction(tr("&Print Article…"), this, &MainWindow::printArticle);
    printAction->setShortcut(QKeySequence::Print);
    fileMenu->addAction(tr("&Export Article as PDF…"), this, &MainWindow::exportPdf);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find"), this, [this] {
        m_searchBar->setFocus();
        m_searchBar->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *copyLink = editMenu->addAction(tr("Copy Article &Link"), this, &MainWindow::copyArticleLink);
    copyLink->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QAction *compare = editMenu->addAction(tr("Add to Side by Side"), this,
                                           [this] { compareArticles(selectedResultIds()); });
    compare->setShortcut(Qt::CTRL | Qt::Key_D);
    editMenu->addAction(tr("Clear All Filters"), this, &MainWindow::clearAllFacets);
    editMenu->addSeparator();
    QAction *approve = editMenu->addAction(tr("Approve and Next"), this, &MainWindow::approveAndNext);
    approve->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *needsChanges = editMenu->addAction(tr("Needs Changes"), this, [this] {
        if (m_reader->hasArticle())
            m_service.setReviewStatus(m_reader->article().id, library::ReviewStatus::NeedsChanges,
                                      reviewerName());
    });
    needsChanges->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    QAction *correct = editMenu->addAction(tr("Correct Article…"), this, &MainWindow::correctArticle);
    correct->setShortcut(Qt::Key_F2);
    QAction *note = editMenu->addAction(tr("Add Note…"), this, &MainWindow::addNote);
    note->setShortcut(Qt::CTRL | Qt::Key_M);
    editMenu->addAction(tr("Edit Tags…"), this, &MainWindow::editTags);
    editMenu->addAction(tr("Reviewer Name…"), this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Reviewer Name"), tr("Your name, stored with reviews:"),
                                  QLineEdit::Normal, m_settings.reviewerName(), &ok);
        if (ok)
            m_settings.setReviewerName(name.trimmed());
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *readerTab = viewMenu->addAction(tr("&Reader"), this, [this] { switchToTab(ReaderTab); });
    readerTab->setShortcut(Qt::CTRL | Qt::Key_1);
    QAction *compareTab = viewMenu->addAction(tr("&Side by Side"), this, [this] { switchToTab(CompareTab); });
    compareTab->setShortcut(Qt::CTRL | Qt::Key_2);
    QAction *setsTab = viewMenu->addAction(tr("Compare S&ets"), this, [this] { switchToTab(SetCompareTab); });
    setsTab->setShortcut(Qt::CTRL | Qt::Key_3);
    viewMenu->addSeparator();
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), this, [this] { zoom(+1); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), this, [this] { zoom(-1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const std::pair<Settings::Theme, QString> themeNames[] = {{Settings::Theme::System, tr("System")},
                                                              {Settings::Theme::Light, tr("Light")},
                                                              {Settings::Theme::Dark, tr("Dark")}};
    for (const auto &[theme, name] : themeNames) {
        QAction *action = themeMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.theme() == theme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings.setTheme(theme);
            applyTheme();
        });
    }
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const std::pair<QString, QString> languageNames[] = {
        {QString(), tr("System")}, {u"zh_CN"_s, u"中文"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : languageNames) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings.setLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies when ZoneArchive starts next."));
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ZoneArchive"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectService()
{
    connect(&m_service, &LibraryService::opened, this, [this](const QString &path, bool created) {
        m_reader->clearArticle();
        updateStatus();
        searchNow();
        const QList<qint64> compared = m_settings.compareArticles();
        if (!compared.isEmpty())
            m_service.requestArticles(compared);
        // A new library is never an empty window: it starts with the bundled sample bulletin.
        if (created)
            m_importer.importSamples(path);
    });
    connect(&m_service, &LibraryService::openFailed, this,
            [this](const QString &path, const QString &error, bool damaged) {
                updateStatus();
                // A file that has backups beside it was a library: whatever broke it, restoring is the
                // way out, even when its header no longer says SQLite.
                if (damaged || !library::findBackups(path).isEmpty())
                    offerRecovery(error, {}, true);
                else
                    notify(QMessageBox::Warning, tr("Cannot open library"), tr("%1\n\n%2").arg(path, error));
            });
    connectMaintenance();
    connect(&m_service, &LibraryService::statsChanged, this, &MainWindow::updateStatus);
    connect(&m_service, &LibraryService::searchFinished, this, &MainWindow::onSearchFinished);
    connect(&m_service, &LibraryService::moreHits, m_results, &SearchResultsModel::appendHits);
    connect(&m_service, &LibraryService::summariesReady, m_issues, &IssueBrowser::setArticles);
    connect(&m_service, &LibraryService::completionsReady, m_searchBar, &SearchBar::setCompletions);
    connect(&m_service, &LibraryService::articleReady, this, [this](const library::ArticleRecord &article) {
        m_requestedArticle = 0;
        m_reader->showArticle(article);
    });
    connect(&m_service, &LibraryService::articleMissing, this, [this](qint64 id) {
        if (id == m_requestedArticle)
            m_requestedArticle = 0;
    });
    connect(&m_service, &LibraryService::articlesReady, m_compare, &CompareView::setArticles);
    connect(&m_service, &LibraryService::sourceReady, this, &MainWindow::showSource);
    connect(&m_service, &LibraryService::busyChanged, this,
            [this](bool busy) { m_busyLabel->setText(busy ? tr("Working…") : QString()); });
    connect(&m_importer, &ImportService::progress, this, [this](int done, int total, const QString &) {
        statusBar()->showMessage(tr("Importing %1/%2…").arg(done).arg(total));
    });
    connect(&m_importer, &ImportService::finished, this, &MainWindow::onImportFinished);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // A comfortable size, but never larger than the screen (1366×768 laptops are common).
        QSize size(1360, 860);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size() * 0.95);
        resize(size);
    }
    restoreState(m_settings.mainWindowState());
    if (!m_splitter->restoreState(m_settings.splitterState(m_splitter->objectName())))
        m_splitter->setSizes({420, 640});
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setSplitterState(m_splitter->objectName(), m_splitter->saveState());
    m_settings.setReaderFontSize(m_reader->fontPointSize());
    m_settings.setCompareArticles(m_compare->articleIds());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_settings.setSessionOpen(false);
    m_settings.sync();
    event->accept();
}

void MainWindow::updateStatus()
{
    if (m_service.isOpen()) {
        m_libraryLabel->setText(tr("Library: %1").arg(m_service.path()));
        m_countLabel->setText(tr("%n article(s)", nullptr, int(m_service.stats().articles)));
    } else {
        m_libraryLabel->setText(m_service.path().isEmpty() ? tr("No library open")
                                                           : tr("Opening %1…").arg(m_service.path()));
        m_countLabel->clear();
    }
}

void MainWindow::searchNow()
{
    m_debounce->stop();
    search::SearchRequest request;
    request.setQuery(m_searchBar->text());
    for (auto it = m_selection.cbegin(); it != m_selection.cend(); ++it)
        request.setSelection(it.key(), it.value());
    request.setSort(static_cast<search::SortOrder>(m_sort->currentData().toInt()));
    request.setLimit(kFirstPage);
    request.setWithFacets(true);
    m_service.search(request);
    m_reader->setHighlightTerms(termsOf(m_searchBar->text()));
}

void MainWindow::onSearchFinished(const search::SearchResult &result)
{
    const qint64 current = m_results->articleId(m_resultsView->currentIndex());
    m_queryMessage->setVisible(!result.ok() || !result.warnings.isEmpty());
    m_queryMessage->setText(result.ok() ? result.warnings.join(u'\n') : result.error);
    if (!result.ok())
        return; // keep the previous results on screen while the query is malformed
    m_results->setResult(result);
    m_facets->setFacets(result.facets, m_selection);
    m_chips->setSelection(m_selection);
    m_resultCount->setText(tr("%n article(s) found", nullptr, int(result.total)) + u"  ·  "_s +
                           tr("%1 ms").arg(result.tookMs, 0, 'f', 1));
    // Keep the article being read selected if it is still among the hits.
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->articleId(m_results->index(row)) == current) {
            m_resultsView->setCurrentIndex(m_results->index(row));
            return;
        }
    }
    // The first hit fills an empty reader, unless an article was asked for by name (a link on the command
    // line, a pasted link) and is still on its way.
    if (m_results->rowCount() > 0 && !m_reader->hasArticle() && m_requestedArticle == 0)
        m_resultsView->setCurrentIndex(m_results->index(0));
}

void MainWindow::setFacetValue(search::Facet facet, const QString &value, bool selected)
{
    QStringList &values = m_selection[facet];
    if (selected && !values.contains(value))
        values << value;
    if (!selected)
        values.removeAll(value);
    if (values.isEmpty())
        m_selection.remove(facet);
    // Deferred: this may run inside the facet model's setData, which the search result rebuilds.
    QMetaObject::invokeMethod(this, &MainWindow::searchNow, Qt::QueuedConnection);
}

void MainWindow::clearFacet(search::Facet facet)
{
    m_selection.remove(facet);
    QMetaObject::invokeMethod(this, &MainWindow::searchNow, Qt::QueuedConnection);
}

void MainWindow::clearAllFacets()
{
    m_selection.clear();
    QMetaObject::invokeMethod(this, &MainWindow::searchNow, Qt::QueuedConnection);
}

void MainWindow::compareArticles(const QList<qint64> &ids)
{
    QList<qint64> all = m_compare->articleIds();
    for (qint64 id : ids) {
        if (!all.contains(id))
            all << id;
    }
    if (all.size() > CompareView::kMaxPanes) {
        statusBar()->showMessage(tr("Side by side shows at most %1 articles").arg(CompareView::kMaxPanes),
                                 5000);
        all = all.mid(all.size() - CompareView::kMaxPanes);
    }
    m_service.requestArticles(all);
    m_tabs->setCurrentIndex(CompareTab);
}

void MainWindow::openArticle(qint64 id)
{
    m_requestedArticle = id;
    m_service.requestArticle(id);
    m_tabs->setCurrentIndex(ReaderTab);
}

void MainWindow::switchToTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QList<qint64> MainWindow::selectedResultIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_resultsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_results->articleId(index);
    if (ids.isEmpty() && m_reader->hasArticle())
        ids << m_reader->article().id;
    return ids;
}

void MainWindow::resultsContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_resultsView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, index] { openArticle(m_results->articleId(index)); });
    menu.addAction(tr("Compare Side by Side"), this, [this] { compareArticles(selectedResultIds()); });
    menu.addAction(tr("Copy Link"), this, [this, index] {
        QApplication::clipboard()->setText(u"zonearchive://article/%1"_s.arg(m_results->articleId(index)));
    });
    menu.exec(m_resultsView->viewport()->mapToGlobal(pos));
}

void MainWindow::showImportDialog(const QStringList &paths)
{
    if (!m_service.isOpen())
        return;
    if (m_importer.isRunning()) {
        statusBar()->showMessage(tr("An import is already running"), 5000);
        return;
    }
    auto *dialog = new ImportDialog(m_importer, m_service.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPaths(paths);
    dialog->show();
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    statusBar()->showMessage(tr("Import finished: %n article(s) added", nullptr, summary.articles), 8000);
    m_service.refresh();
}

void MainWindow::openLibraryDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or Create Library"), m_service.path(),
                                                      tr("ZoneArchive libraries (*.zarchive);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_settings.setLastLibrary(path);
    m_results->clear();
    m_service.open(path);
    updateStatus();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ZoneArchive"),
        tr("<h3>ZoneArchive %1</h3>"
           "<p>开发区简报档案 — an offline archive of development-zone bulletins: import pages, "
           "find articles by zone, city and theme, read and compare them.</p>"
           "<p>Library: %2</p>")
            .arg(QApplication::applicationVersion(), m_service.path().toHtmlEscaped()));
}

void MainWindow::zoom(int delta)
{
    const int size = qBound(8, m_reader->fontPointSize() + delta, 32);
    m_reader->setFontPointSize(size);
    m_compare->setFontPointSize(size);
    m_settings.setReaderFontSize(size);
}

void MainWindow::applyTheme()
{
    static const QPalette systemPalette = QApplication::palette();
    switch (m_settings.theme()) {
    case Settings::Theme::System:
        QApplication::setPalette(systemPalette);
        break;
    case Settings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Settings::Theme::Dark: {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xa8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(dark);
        break;
    }
    }
}

void MainWindow::copyArticleLink()
{
    if (m_reader->hasArticle())
        QApplication::clipboard()->setText(u"zonearchive://article/%1"_s.arg(m_reader->article().id));
}

void MainWindow::exportPdf()
{
    if (!m_reader->hasArticle())
        return;
    const QString suggested =
        (m_reader->article().headline.isEmpty() ? u"article-%1"_s.arg(m_reader->article().id)
                                                : m_reader->article().headline) +
        u".pdf"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Article as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && exportArticlePdf(path))
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

bool MainWindow::exportArticlePdf(const QString &path)
{
    if (!m_reader->hasArticle())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(m_reader->article().headline);
    m_reader->document()->print(&printer);
    return QFileInfo(path).size() > 0;
}

void MainWindow::printArticle()
{
    if (!m_reader->hasArticle())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_reader->document()->print(&printer);
}

void MainWindow::showSource(qint64 sourceId, const QString &text, const QString &encoding)
{
    Q_UNUSED(sourceId)
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Original Source Text (%1)").arg(encoding));
    dialog->resize(760, 640);
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new QPlainTextEdit(dialog);
    view->setReadOnly(true);
    view->setPlainText(text);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->show();
}

void MainWindow::connectReview()
{
    connect(m_reviewBar, &ReviewBar::moveParagraphRequested, this, [this] {
        if (m_reader->hasArticle())
            MoveParagraphDialog::open(m_service, m_reader->article(), reviewerName(), this);
    });
    connect(m_issues, &IssueBrowser::reportExportRequested, &m_service, &LibraryService::exportReviewReport);
    connect(&m_service, &LibraryService::reviewReportExported, m_issues, &IssueBrowser::showReportExported);
    connect(&m_service, &LibraryService::articleReady, this,
            [this](const library::ArticleRecord &article) { m_service.requestReview(article.id); });
    connect(&m_service, &LibraryService::reviewReady, this, [this](const ArticleReviewInfo &info) {
        if (!m_reader->hasArticle() || info.articleId != m_reader->article().id)
            return; // an answer for an article no longer shown
        m_reviewBar->setReview(info);
        m_reader->setReprints(info.reprints);
        m_notes->setArticleNotes(info.notes);
    });
    connect(&m_service, &LibraryService::reviewWritten, this,
            [this](qint64 id, bool ok, const QString &error) {
                if (!ok) {
                    QMessageBox::warning(this, tr("Review"), error);
                    return;
                }
                if (m_reader->hasArticle() && m_reader->article().id == id)
                    m_service.requestArticle(id); // its review follows with articleReady
            });
    connect(&m_service, &LibraryService::issueProgressReady, m_issues, &IssueBrowser::setProgress);
    connect(&m_service, &LibraryService::notesFound, m_notes, &NotesPanel::setFoundNotes);
    connect(&m_service, &LibraryService::issueChecked, this, &MainWindow::showIssueChecks);
    connect(&m_service, &LibraryService::revisionsReady, this,
            [this](qint64 id, const QList<library::Revision> &revs) {
                if (!m_reader->hasArticle() || m_reader->article().id != id)
                    return;
                auto *dialog = new RevisionsDialog(m_reader->article(), revs, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &RevisionsDialog::restoreRequested, this,
                        [this, id](int number) { m_service.restoreRevision(id, number, reviewerName()); });
                connect(
                    dialog, &RevisionsDialog::compareRequested, this,
                    [this](const library::ArticleRecord &revision, const library::ArticleRecord &current) {
                        m_compare->setArticles({revision, current});
                        m_compare->setDiffMode(true);
                        m_tabs->setCurrentIndex(CompareTab);
                    });
                dialog->show();
            });
    connect(m_reviewBar, &ReviewBar::statusRequested, this, [this](library::ReviewStatus status) {
        if (m_reader->hasArticle())
            m_service.setReviewStatus(m_reader->article().id, status, reviewerName());
    });
    connect(m_reviewBar, &ReviewBar::correctRequested, this, &MainWindow::correctArticle);
    connect(m_reviewBar, &ReviewBar::tagsRequested, this, &MainWindow::editTags);
    connect(m_reviewBar, &ReviewBar::noteRequested, this, &MainWindow::addNote);
    connect(m_reviewBar, &ReviewBar::revisionsRequested, this, [this] {
        if (m_reader->hasArticle())
            m_service.requestRevisions(m_reader->article().id);
    });
    connect(m_reader, &ArticleView::comparePairRequested, this, [this](qint64 a, qint64 b) {
        compareArticles({a, b});
    });
    connect(m_notes, &NotesPanel::searchRequested, &m_service, &LibraryService::searchNotes);
    connect(m_notes, &NotesPanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_issues, &IssueBrowser::checksRequested, &m_service, &LibraryService::checkIssue);
}

QString MainWindow::reviewerName() const
{
    const QString name = m_settings.reviewerName();
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

void MainWindow::approveAndNext()
{
    if (!m_reader->hasArticle())
        return;
    m_service.setReviewStatus(m_reader->article().id, library::ReviewStatus::Approved, reviewerName());
    const QModelIndex current = m_resultsView->currentIndex();
    const QModelIndex next = m_results->index(current.row() + 1);
    if (current.isValid() && next.isValid())
        m_resultsView->setCurrentIndex(next);
}

void MainWindow::correctArticle()
{
    if (!m_reader->hasArticle())
        return;
    CorrectionDialog dialog(m_reader->article(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_service.correct(m_reader->article().id, dialog.correction(), reviewerName(), dialog.comment());
}

void MainWindow::editTags()
{
    if (!m_reader->hasArticle())
        return;
    TagsDialog dialog(m_reader->article(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const TagsDialog::Change &change : dialog.changes())
        m_service.setTag(m_reader->article().id, change.kind, change.name, change.add, reviewerName());
}

void MainWindow::addNote()
{
    if (!m_reader->hasArticle())
        return;
    // A selection in the reader makes it a note on that passage of the body.
    const QString selected = m_reader->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    const qsizetype from = selected.isEmpty() ? -1 : m_reader->article().body.indexOf(selected);
    bool ok = false;
    const QString label =
        from >= 0 ? tr("Note on 「%1」:").arg(selected.left(40)) : tr("Note on the article:");
    const QString text = QInputDialog::getMultiLineText(this, tr("Add Note"), label, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    m_service.addNote(m_reader->article().id, text.trimmed(), reviewerName(), from,
                      from >= 0 ? from + selected.size() : -1);
}

void MainWindow::showIssueChecks(const library::IssueSelector &issue,
                                 const QList<library::IssueCheck> &checks, const QString &error)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Completeness Checks: %1 %2 %3").arg(issue.bulletin, issue.issueNo, issue.issueDate));
    dialog->resize(720, 480);
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QListWidget(dialog);
    list->setWordWrap(true);
    if (!error.isEmpty())
        list->addItem(error);
    else if (checks.isEmpty())
        list->addItem(tr("✓ Nothing to check: the issue looks complete."));
    for (const library::IssueCheck &check : checks) {
        QString text = check.message;
        if (!check.page.isEmpty())
            text = tr("Page %1").arg(check.page) + u": "_s + text;
        if (!check.headline.isEmpty())
            text += u" — "_s + check.headline;
        auto *item = new QListWidgetItem(u"☐ "_s + text, list);
        item->setData(Qt::UserRole, check.articleId);
    }
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            openArticle(id);
    });
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->show();
}

QStringList MainWindow::termsOf(const QString &query)
{
    // The words a reader should see highlighted: query terms without fields, operators or negations.
    QStringList terms;
    static const QRegularExpression token(u"\"([^\"]+)\"|(\\S+)"_s);
    for (auto it = token.globalMatch(query); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString term = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (term == "OR"_L1 || term == "AND"_L1 || term == "NOT"_L1 || term.startsWith(u'-'))
            continue;
        if (m.captured(1).isEmpty()) {
            if (term.contains(u':'))
                continue;
            term.remove(u'(');
            term.remove(u')');
        }
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        showImportDialog(paths);
    }
}

} // namespace za::ui

namespace za::ui {

void MainWindow::connectMaintenance()
{
    connect(&m_service, &LibraryService::opened, this, [this] {
        if (m_sessionMarked)
            return;
        m_sessionMarked = true;
        // The last session did not close its window: a crash or power loss may have hit a write, so the
        // file's structure is checked (in the background; it takes a while on a large library).
        if (m_settings.sessionOpen())
            m_service.quickCheckInBackground();
        m_settings.setSessionOpen(true);
        m_settings.sync();
    });
    connect(&m_service, &LibraryService::backupFinished, this,
            [this](const QString &, bool ok, const QString &message) {
                if (ok)
                    statusBar()->showMessage(message, 10000);
                else
                    notify(QMessageBox::Warning, tr("Backup failed"), message);
            });
    connect(&m_service, &LibraryService::libraryChecked, this,
            [this](const QStringList &problems, bool damaged) {
                statusBar()->clearMessage();
                if (problems.isEmpty()) {
                    notify(QMessageBox::Information, tr("Check Library"),
                           tr("No problems found in %1.").arg(m_service.path()));
                    return;
                }
                offerRecovery(damaged ? tr("SQLite reports damage in %1.").arg(m_service.path())
                                      : tr("The library's own data disagree in %1.").arg(m_service.path()),
                              problems, damaged);
            });
    connect(&m_service, &LibraryService::maintenanceProgress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Rebuilding %1/%2…").arg(done).arg(total));
    });
    connect(&m_service, &LibraryService::recoveryFinished, this, [this](bool ok, const QString &message) {
        statusBar()->clearMessage();
        notify(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Repair Library"), message);
    });
    connect(&m_service, &LibraryService::changedElsewhere, this, [this] {
        // The window's own imports write through another connection too; they have their own progress.
        if (!m_importer.isRunning())
            statusBar()->showMessage(tr("The library was changed by another program; results updated"), 5000);
    });
}

void MainWindow::notify(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Window-modal but not blocking: answers from the worker keep arriving while it is shown.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::backupLibrary()
{
    if (!m_service.isOpen())
        return;
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back Up Library"),
        library::suggestedBackupPath(m_service.path(), QDateTime::currentDateTime()),
        tr("ZoneArchive libraries (*.zarchive)"));
    if (target.isEmpty())
        return;
    statusBar()->showMessage(tr("Writing a backup to %1…").arg(target));
    m_service.backup(target);
}

void MainWindow::offerRecovery(const QString &summary, const QStringList &problems, bool damaged)
{
    if (m_service.path().isEmpty())
        return;
    if (m_importer.isRunning()) {
        notify(QMessageBox::Information, tr("Repair Library"), tr("Wait for the import to finish first."));
        return;
    }
    auto *dialog = new RecoveryDialog(m_service.path(), summary, problems, damaged, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->choice() == RecoveryDialog::Choice::RestoreBackup) {
            statusBar()->showMessage(tr("Restoring %1…").arg(dialog->backupPath()));
            m_service.restoreBackup(dialog->backupPath());
        } else if (dialog->choice() == RecoveryDialog::Choice::Rebuild) {
            statusBar()->showMessage(tr("Rebuilding the library…"));
            m_service.rebuild();
        }
    });
    dialog->open();
}

} // namespace za::ui
