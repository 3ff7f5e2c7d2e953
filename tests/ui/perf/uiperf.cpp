// dateline-ui-perf: measures the desktop app's responsiveness on a library
// (make a big one with `dateline-cli bench --scale 100000 --keep DIR`) and
// prints the figures. A measurement, not a test: it asserts nothing.
//
//   cold start        process start (exec) to the first article rendered
//   article switch    selecting the next article to its page rendered: the
//                     reader's articleShown, sent when the script that swaps
//                     the article into the loaded page has returned, after
//                     it forced the new text's layout (or, for a page load,
//                     when the page has loaded and its layers are applied)
//   switch in sort    an article chosen while the first sort by speakers
//                     builds its keys, to its page rendered
//   GUI stalls        the longest gap of a 5 ms timer while the list scrolls
//                     (sorted by date and by speakers), while a search and
//                     the quick filter are typed, and while the speaker view
//                     loads: a gap is time the event loop could not run.

#include "articlelistmodel.h"
#include "library/library.h"
#include "library/sqlstatement.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "readerview.h"
#include "searchpanel.h"
#include "speakerview.h"
#include "webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <functional>

using namespace dateline;

namespace {

QTextStream out(stdout);

// Milliseconds since this process was started (exec), from /proc.
double msSinceExec()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// Runs the event loop until pred holds or timeoutMs pass. The loop sleeps
// between events like the application's own: processEvents with a time
// limit returns at once when nothing is pending, so polling it spun the GUI
// thread on a whole core, which the reader thread and Chromium then lacked.
// A 5 ms timer wakes the wait to check pred and the time.
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    QTimer wake;
    wake.start(5);
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void pause(int ms)
{
    QElapsedTimer t;
    t.start();
    waitFor([&] { return t.elapsed() >= ms; }, ms + 1000);
}

// Watches the event loop: a timer due every 5 ms; a late tick is a stall.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_longest = std::max(m_longest, now - m_last);
            if (now - m_last > 50)
                ++m_over50;
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_over50 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return m_longest; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
    int m_over50 = 0;
};

void report(const QString &what, const StallMeter &meter)
{
    out << QStringLiteral("%1  longest GUI stall %2 ms, stalls over 50 ms: %3\n")
               .arg(what, -44)
               .arg(meter.longest(), 0, 'f', 1)
               .arg(meter.over50());
    out.flush();
}

// Scrolls the list a page at a time, like a held Page Down, for ms.
void scrollFor(QTableView *list, int ms)
{
    QElapsedTimer t;
    t.start();
    list->verticalScrollBar()->setValue(0);
    while (t.elapsed() < ms) {
        QScrollBar *bar = list->verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
        pause(16);
    }
}

// Types text into a line edit a key every 90 ms, then waits for settle ms.
void typeInto(QLineEdit *edit, const QString &text, int settle)
{
    edit->clear();
    for (const QChar c : text) {
        edit->insert(QString(c));
        pause(90);
    }
    pause(settle);
}

// With --trace, names every event that kept the GUI thread over 40 ms:
// where a stall comes from.
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool trace = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!trace || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const QString name
            = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') + receiver->objectName();
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        if (t.elapsed() > 40)
            out << QStringLiteral("  [trace] %1 ms in event %2 to %3\n").arg(t.elapsed()).arg(type).arg(name);
        return done;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("dateline-ui-perf"));
    QApplication::setOrganizationName(QStringLiteral("Dateline"));
    ui::prepareWebEngineEnvironment();
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measure start-up, article switching and GUI stalls of the desktop app on a library."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), QStringLiteral("The library.sqlite to open."));
    QCommandLineOption switches(QStringLiteral("switches"), QStringLiteral("Articles to switch through (20)."),
                                QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(switches);
    QCommandLineOption trace(QStringLiteral("trace"), QStringLiteral("Name the events that held the GUI thread."));
    parser.addOption(trace);
    parser.process(app);
    app.trace = parser.isSet(trace);
    if (parser.positionalArguments().size() != 1 || !QFileInfo::exists(parser.positionalArguments().first())) {
        out << "usage: dateline-ui-perf LIBRARY.sqlite\n";
        return 2;
    }
    QSettings settings;
    settings.clear(); // the default window, not one a previous run left
    settings.setValue(QStringLiteral("library/path"),
                      QFileInfo(parser.positionalArguments().first()).absoluteFilePath());

    // Cold start: the window, the library opening on its thread, the first
    // page of the list and the first article rendered by Chromium.
    QElapsedTimer sinceMain;
    sinceMain.start();
    ui::MainWindow window;
    window.resize(1360, 820);
    bool shown = false;
    QObject::connect(window.reader(), &ui::ReaderView::articleShown, [&shown] { shown = true; });
    window.show();
    if (!waitFor([&] { return shown; })) {
        out << "the first article never rendered\n";
        return 1;
    }
    const double fromExec = msSinceExec();
    const double fromMain = double(sinceMain.nsecsElapsed()) / 1e6;
    out << QStringLiteral("library: %1 articles\n").arg(window.articleModel()->total());
    out << QStringLiteral("cold start to first article rendered: %1 ms from exec (%2 ms from main)  goal <= 1500\n")
               .arg(fromExec, 0, 'f', 0)
               .arg(fromMain, 0, 'f', 0);
    out.flush();

    // Article switch: select the next row, wait for its page.
    QList<double> times;
    const int n = parser.value(switches).toInt();
    for (int i = 1; i <= n && i < window.articleModel()->rowCount(); ++i) {
        shown = false;
        QElapsedTimer t;
        t.start();
        window.selectArticle(i);
        if (!waitFor([&] { return shown; }, 10000))
            break;
        times << double(t.nsecsElapsed()) / 1e6;
        pause(30);
    }
    std::sort(times.begin(), times.end());
    if (!times.isEmpty())
        out << QStringLiteral("article switch render: median %1 ms, max %2 ms over %3 switches  goal <= 100\n")
                   .arg(times.at(times.size() / 2), 0, 'f', 1)
                   .arg(times.last(), 0, 'f', 1)
                   .arg(times.size());
    out.flush();

    StallMeter meter;
    QTableView *list = window.articleList();

    // The noise floor: the same meter while the app does nothing. On a
    // loaded machine the scheduler alone makes gaps; compare with these.
    pause(500);
    meter.start();
    pause(3000);
    meter.stop();
    report(QStringLiteral("idle (noise floor of this machine)"), meter);

    meter.start();
    scrollFor(list, 4000);
    meter.stop();
    report(QStringLiteral("scrolling the list (by date, %1 rows loaded)").arg(window.articleModel()->rowCount()),
           meter);

    bool refreshed = false;
    QObject::connect(window.articleModel(), &ui::ArticleListModel::refreshed, [&refreshed] { refreshed = true; });
    QElapsedTimer sortTime;
    meter.start();
    sortTime.start();
    list->sortByColumn(ui::ArticleListModel::Speakers, Qt::DescendingOrder);
    // An article chosen while the first sort builds its keys.
    shown = false;
    QElapsedTimer duringSort;
    duringSort.start();
    window.selectArticle(3);
    waitFor([&] { return shown || refreshed; });
    const double duringSortMs = shown ? double(duringSort.nsecsElapsed()) / 1e6 : -1;
    waitFor([&] { return refreshed; });
    const double sortMs = double(sortTime.nsecsElapsed()) / 1e6;
    pause(200); // the sorted first page painted
    meter.stop();
    // Sorting and scrolling the sorted list are told apart: a stall when
    // the sorted page arrives is not one of scrolling.
    StallMeter scrollMeter;
    scrollMeter.start();
    scrollFor(list, 3000);
    scrollMeter.stop();
    if (duringSortMs >= 0)
        out << QStringLiteral("article switch while the first sort builds its keys: %1 ms\n")
                   .arg(duringSortMs, 0, 'f', 1);
    else
        out << "article switch while the first sort builds its keys: after the sort\n";
    report(QStringLiteral("sorting by speakers (first page %1 ms)").arg(sortMs, 0, 'f', 0), meter);
    report(QStringLiteral("scrolling the list (by speakers, %1 rows loaded)").arg(window.articleModel()->rowCount()),
           scrollMeter);
    list->sortByColumn(ui::ArticleListModel::Published, Qt::DescendingOrder);
    waitFor([&] { return window.articleModel()->query().sortColumn == ui::ArticleListModel::Published; });
    pause(500);

    meter.start();
    typeInto(window.quickFilter(), QStringLiteral("minister"), 1500);
    meter.stop();
    report(QStringLiteral("typing in the quick filter"), meter);
    window.quickFilter()->clear();
    pause(500);

    bool found = false;
    QObject::connect(window.searchPanel(), &ui::SearchPanel::resultsShown, [&found] { found = true; });
    window.searchPanel()->setMode(ui::SearchPanel::Mode::Statements);
    meter.start();
    typeInto(window.searchPanel()->lineEdit(), QStringLiteral("grain exports"), 0);
    waitFor([&] { return found; }, 10000);
    pause(500);
    meter.stop();
    report(QStringLiteral("typing a statement search"), meter);

    // The speaker view for the most quoted person.
    QString speaker;
    {
        auto library = Library::open(settings.value(QStringLiteral("library/path")).toString());
        SqlStatement st(library.database(),
                        QStringLiteral("SELECT speaker FROM statements WHERE speaker <> ''"
                                       " GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"));
        if (st.step())
            speaker = st.text(0);
    }
    if (!speaker.isEmpty()) {
        bool loaded = false;
        QObject::connect(window.speakerView(), &ui::SpeakerView::loaded, [&loaded] { loaded = true; });
        QElapsedTimer t;
        meter.start();
        t.start();
        window.showSpeaker(speaker);
        waitFor([&] { return loaded; });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        pause(300);
        meter.stop();
        report(QStringLiteral("speaker view (%1, %2 statements, %3 ms)")
                   .arg(speaker)
                   .arg(window.speakerView()->statements().size())
                   .arg(ms, 0, 'f', 0),
               meter);
    }
    settings.clear();
    return 0;
}
