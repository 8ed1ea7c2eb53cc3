#pragma once

#include "search/searchengine.h"
#include "ui/facetmodel.h"

#include <QMainWindow>
#include <QMessageBox>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QSplitter;
class QTabWidget;
class QTimer;

namespace za::library {
struct ArticleRecord;
struct IssueCheck;
struct IssueSelector;
} // namespace za::library

namespace za::ui {

class ArticleView;
class CompareView;
class FacetPanel;
class FilterChips;
class ImportService;
struct ImportSummary;
class IssueBrowser;
class LibraryService;
class NotesPanel;
class ReviewBar;
class SearchBar;
class SearchResultsModel;
class SetCompareView;
class Settings;

// Search bar and facets on the left, results in the middle, the reader / side-by-side view on the
// right; the issue browser as a second dock beside the facets. All engine work goes through
// LibraryService (reading, searching) and ImportService (importing), off the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Settings &settings, LibraryService &service, ImportService &importer,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the screenshot script.
    SearchBar *searchBar() const { return m_searchBar; }
    SearchResultsModel *resultsModel() const { return m_results; }
    QListView *resultsView() const { return m_resultsView; }
    ArticleView *reader() const { return m_reader; }
    CompareView *compareView() const { return m_compare; }
    SetCompareView *setCompareView() const { return m_setCompare; }
    FacetPanel *facetPanel() const { return m_facets; }
    FilterChips *filterChips() const { return m_chips; }
    IssueBrowser *issueBrowser() const { return m_issues; }
    QTabWidget *readerTabs() const { return m_tabs; }
    ReviewBar *reviewBar() const { return m_reviewBar; }
    NotesPanel *notesPanel() const { return m_notes; }
    const FacetSelection &selection() const { return m_selection; }

    // Offers to restore a backup or rebuild the library (window-modal, not blocking: tests find the
    // RecoveryDialog among the window's children).
    void offerRecovery(const QString &summary, const QStringList &problems, bool damaged);

    // Runs the search for the bar's text and the current facet selection now (skipping the debounce).
    void searchNow();
    void setFacetValue(search::Facet facet, const QString &value, bool selected);
    void clearFacet(search::Facet facet);
    void clearAllFacets();
    // Adds articles to the side-by-side view (up to four) and shows it.
    void compareArticles(const QList<qint64> &ids);
    void openArticle(qint64 id);
    void showImportDialog(const QStringList &paths = {});
    void switchToTab(int index);
    // Approves the article in the reader and moves to the next result (Ctrl+Enter).
    void approveAndNext();
    // Writes the article in the reader to a PDF file; false when no article is shown.
    bool exportArticlePdf(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayout();
    void connectService();
    void restoreLayout();
    void saveLayout();
    void updateStatus();
    void onSearchFinished(const search::SearchResult &result);
    void onImportFinished(const ImportSummary &summary);
    void openLibraryDialog();
    void showAbout();
    void zoom(int delta);
    void applyTheme();
    void copyArticleLink();
    void exportPdf();
    void printArticle();
    void showSource(qint64 sourceId, const QString &text, const QString &encoding);
    void resultsContextMenu(const QPoint &pos);
    QList<qint64> selectedResultIds() const;
    static QStringList termsOf(const QString &query);
    void connectReview();
    QString reviewerName() const;
    void correctArticle();
    void editTags();
    void addNote();
    void showIssueChecks(const library::IssueSelector &issue, const QList<library::IssueCheck> &checks,
                         const QString &error);
    void connectMaintenance();
    void backupLibrary();
    void notify(QMessageBox::Icon icon, const QString &title, const QString &text);

    Settings &m_settings;
    LibraryService &m_service;
    ImportService &m_importer;
    FacetSelection m_selection;
    SearchBar *m_searchBar = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_queryMessage = nullptr;
    QLabel *m_resultCount = nullptr;
    FilterChips *m_chips = nullptr;
    SearchResultsModel *m_results = nullptr;
    QListView *m_resultsView = nullptr;
    FacetPanel *m_facets = nullptr;
    IssueBrowser *m_issues = nullptr;
    QTabWidget *m_tabs = nullptr;
    ArticleView *m_reader = nullptr;
    ReviewBar *m_reviewBar = nullptr;
    NotesPanel *m_notes = nullptr;
    CompareView *m_compare = nullptr;
    SetCompareView *m_setCompare = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    bool m_sessionMarked = false;
    qint64 m_requestedArticle = 0; // asked for by id, not yet shown
};

} // namespace za::ui
