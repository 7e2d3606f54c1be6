#pragma once

// Drives the desk's real widgets as a person does (found by objectName, rows clicked at their rectangle), for the
// GUI and e2e tests. A missing widget is reported by name before anything uses it.
#include "MainWindow.h"
#include "OccurrenceModel.h"
#include "OfferModel.h"
#include "ScanCatcher.h"
#include "services/Services.h"
#include "SessionBrowser.h"
#include "SessionListModel.h"
#include "SessionsPage.h"
#include "Widgets.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

class DeskDriver
{
public:
    DeskDriver(MainWindow *window, Services *services) : w(window), s(services) {}

    template <typename T> T *find(QWidget *root, const char *name) const
    {
        T *widget = root->findChild<T *>(QLatin1String(name));
        if (!widget)
            QTest::qFail(qPrintable(QStringLiteral("no widget named %1").arg(QLatin1String(name))), __FILE__, __LINE__);
        return widget;
    }
    template <typename T> T *find(const char *name) const { return find<T>(w, name); }

    void type(const char *name, const QString &text, QWidget *root = nullptr) const
    {
        auto *line = find<QLineEdit>(root ? root : w, name);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
        // QTest types faster than any scanner: the desk holds trailing digits back until it knows they are not a
        // card scan (ScanCatcher), and hands them to the field once a person's pause has passed.
        // Waited for until the field has them (a fixed pause was too short on a loaded CI machine), at most 3 s.
        if (!text.isEmpty() && text.back().isDigit()) {
            QTest::qWait(ScanCatcher::handOverMs + 20);
            QTest::qWaitFor([line, text]() { return line->text() == text; }, 3000);
        }
    }
    void click(const char *name, QWidget *root = nullptr) const
    {
        QTest::mouseClick(find<QPushButton>(root ? root : w, name), Qt::LeftButton);
    }
    static void clickRow(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // Opens the member on the Members page (typing the number, as a card scan does) and presses "Book a session".
    bool bookFor(const Member &m) const
    {
        QTest::keySequence(w, QKeySequence::Find);
        type("memberSearch", m.membershipNumber);
        QTest::keyClick(find<QLineEdit>("memberSearch"), Qt::Key_Return);
        if (find<QLabel>("memberTitle")->text() != m.displayName())
            return false;
        click("bookForMemberButton");
        return waitFor([this]() { return find<QWidget>("sessionsPage")->isVisible(); });
    }

    // Clicks session list row `row` and waits for the session's full detail (dates and price levels from imin).
    bool openSession(int row) const
    {
        auto *list = find<QListView>("sessionResults");
        SessionListModel *model = w->sessionsPage()->model();
        const QString id = model->index(row).data(SessionListModel::SeriesIdRole).toString();
        clickRow(list, model->index(row));
        OccurrenceModel *dates = w->sessionsPage()->dates();
        return waitFor([&]() {
            const EventSeries &e = dates->timetable().series();
            const bool full = std::any_of(e.sessionSeries.begin(), e.sessionSeries.end(),
                                          [](const SessionSeries &ss) { return !ss.offers.isEmpty(); });
            return e.id == id && full && !find<BusyIndicator>("detailBusy")->isBusy();
        });
    }

    // Walks the session list (fetching further pages) until `accept` takes an opened detail.
    // The first session `accept` takes. With `forMember` (the default), only one the member in hand may book: no
    // restriction of the series stands in their way, and it has a price level open to anyone.
    bool findSession(const std::function<bool(const SessionTimetable &)> &accept, bool forMember = true) const
    {
        if (forMember) {
            return findSession(
                [this, accept](const SessionTimetable &t) {
                    if (!w->sessionsPage()->browser()->whyNot().isEmpty())
                        return false;
                    bool openLevel = false; // a price level anyone can book (not members only)
                    for (const SessionSeries &ss : t.series().sessionSeries) {
                        for (const Offer &o : ss.offers)
                            openLevel = openLevel || !o.isMembersOnly();
                    }
                    return openLevel && accept(t);
                },
                false);
        }
        SessionListModel *model = w->sessionsPage()->model();
        auto settle = [model](int atLeast) {
            return waitFor([&]() { return model->rowCount() >= atLeast && !model->isLoading(); });
        };
        if (!settle(6))
            return false;
        for (int row = 0; row < 400; ++row) {
            if (row >= model->rowCount()) {
                // The list view fetches the next page itself when a click scrolls it to the bottom: while that
                // page loads, canFetchMore() is false, which is not the end of the list.
                if (!waitFor([model]() { return !model->isLoading(); }))
                    return false;
                if (row >= model->rowCount()) {
                    if (!model->canFetchMore({}))
                        return false;
                    model->fetchMore({});
                    if (!settle(row + 1))
                        return false;
                }
            }
            if (openSession(row) && accept(w->sessionsPage()->dates()->timetable()))
                return true;
        }
        return false;
    }

    // Clicks the date `row` of the open session, then its first price level unless one is chosen already.
    void chooseDateAndPrice(int row) const
    {
        clickRow(find<QListView>("occurrenceList"), w->sessionsPage()->dates()->index(row));
        if (!find<QListView>("offerList")->currentIndex().isValid())
            clickRow(find<QListView>("offerList"), w->sessionsPage()->offers()->index(0));
    }

    // Chooses the open session's first bookable date and its first price level; false when it has none.
    bool chooseFirstBookableDate() const
    {
        const OccurrenceModel *dates = w->sessionsPage()->dates();
        for (int i = 0; i < dates->rowCount(); ++i) {
            if (dates->date(i).isBookable()) {
                chooseDateAndPrice(i);
                return true;
            }
        }
        return false;
    }

    // A centre in the Gulf of Guinea with a 1 km radius: no venue, no court (for the empty states).
    static Services::Site siteWithNoCourts()
    {
        Services::Site nowhere;
        nowhere.latitude = 0;
        nowhere.longitude = 0;
        nowhere.radiusKm = 1;
        return nowhere;
    }

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

private:
    MainWindow *w;
    Services *s;
};
