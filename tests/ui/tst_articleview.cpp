#include "ui/articleview.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using za::library::ArticleRecord;
using za::ui::ArticleView;

class TestArticleView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFieldsInReadingOrder()
    {
        ArticleRecord a;
        a.id = 7;
        a.kicker = u"侯马经济开发区"_s;
        a.headline = u"全力推动开发区升级版提质提速"_s;
        a.authors = {u"贺玉斌"_s};
        a.body = u"第一段。\n\n第二段。"_s;
        ArticleView view;
        view.showArticle(a);
        const QString text = view.toPlainText();
        QVERIFY(text.indexOf(a.kicker) < text.indexOf(a.headline));
        QVERIFY(text.indexOf(a.headline) < text.indexOf(u"第一段"_s));
        QVERIFY(text.indexOf(u"第一段"_s) < text.indexOf(u"第二段"_s));
        QVERIFY(text.contains(u"贺玉斌"_s));
    }

    void markupInBulletinTextIsShownAsText()
    {
        ArticleRecord a;
        a.id = 1;
        a.headline = u"<b>bold?</b>"_s;
        a.body = u"<script>alert(1)</script><img src=http://example.invalid/x.png>"_s;
        ArticleView view;
        view.showArticle(a);
        QVERIFY(view.toPlainText().contains(u"<script>alert(1)</script>"_s));
        QVERIFY(view.toPlainText().contains(u"<b>bold?</b>"_s));
        QVERIFY(!ArticleView::articleHtml(a).contains(u"<script>"_s));
        QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(u"http://example.invalid/x.png"_s))
                     .isValid());
    }

    void continuationLinksEmitArticleIds()
    {
        ArticleRecord a;
        a.id = 2;
        a.continuedFrom = u"D1"_s;
        a.continuedFromArticle = 41;
        a.body = u"续文。"_s;
        ArticleView view;
        QSignalSpy spy(&view, &ArticleView::articleLinkActivated);
        view.showArticle(a);
        QVERIFY(ArticleView::articleHtml(a).contains(u"zonearchive://article/41"_s));
        Q_EMIT view.anchorClicked(QUrl(u"zonearchive://article/41"_s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), 41);
    }

    void fontZoom()
    {
        ArticleView view;
        view.setFontPointSize(18);
        QCOMPARE(view.fontPointSize(), 18);
        QCOMPARE(view.document()->defaultFont().pointSize(), 18);
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
