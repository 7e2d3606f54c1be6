#include "SessionControls.h"

#include "util/Clock.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalBlocker>

// The texts keep the translation context "SessionBrowser", where they have always been.

void SessionControls::bindChoiceLists(SessionBrowser *browser, QAbstractItemView *dates, QAbstractItemView *offers)
{
    QObject::connect(dates->selectionModel(), &QItemSelectionModel::currentChanged, browser,
                     [browser](const QModelIndex &i) { browser->chooseDate(i.isValid() ? i.row() : -1); });
    QObject::connect(offers->selectionModel(), &QItemSelectionModel::currentChanged, browser,
                     [browser](const QModelIndex &i) { browser->chooseOffer(i.isValid() ? i.row() : -1); });
    auto select = [](QAbstractItemView *view, int row) {
        if (row >= 0) {
            view->setCurrentIndex(view->model()->index(row, 0));
        } else {
            view->selectionModel()->clearCurrentIndex();
            view->clearSelection();
        }
    };
    QObject::connect(browser, &SessionBrowser::choiceChanged, dates, [browser, dates, offers, select]() {
        select(dates, browser->chosenDate());
        select(offers, browser->chosenOffer());
    });
}

void SessionControls::addDayChoices(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("SessionBrowser", "Any day (next 14 days)"), QDate());
    const QDate today = Clock::instance().localDate();
    for (int i = 0; i < 14; ++i) {
        const QDate d = today.addDays(i);
        box->addItem(i == 0   ? QCoreApplication::translate("SessionBrowser", "Today")
                     : i == 1 ? QCoreApplication::translate("SessionBrowser", "Tomorrow")
                              : QLocale().toString(d, QStringLiteral("dddd d MMMM")),
                     d);
    }
}

void SessionControls::renewDayChoices(QComboBox *box)
{
    // After midnight "Today" is the new day; a chosen day still ahead stays chosen, one now past becomes any day.
    if (box->count() > 1 && box->itemData(1).toDate() == Clock::instance().localDate())
        return;
    const QDate chosen = box->currentData().toDate();
    const QSignalBlocker blocker(box);
    box->clear();
    addDayChoices(box);
    const int at = chosen.isValid() ? box->findData(chosen) : -1;
    box->setCurrentIndex(std::max(0, at));
}

void SessionControls::addKindChoices(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("SessionBrowser", "Classes and courses"),
                 int(SessionBrowser::Filters::Kind::Classes));
    box->addItem(QCoreApplication::translate("SessionBrowser", "Swims, gym and open sessions"),
                 int(SessionBrowser::Filters::Kind::DropIn));
    box->addItem(QCoreApplication::translate("SessionBrowser", "Everything"),
                 int(SessionBrowser::Filters::Kind::Everything));
}

SessionBrowser::Filters::Kind SessionControls::kindOf(const QComboBox *box)
{
    return SessionBrowser::Filters::Kind(box->currentData().toInt());
}

void SessionControls::addTimeChoices(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("SessionBrowser", "Any time"), QStringList());
    box->addItem(QCoreApplication::translate("SessionBrowser", "Morning (before 12:00)"),
                 QStringList{QStringLiteral("00:00"), QStringLiteral("11:59")});
    box->addItem(QCoreApplication::translate("SessionBrowser", "Afternoon (12:00–17:00)"),
                 QStringList{QStringLiteral("12:00"), QStringLiteral("16:59")});
    box->addItem(QCoreApplication::translate("SessionBrowser", "Evening (from 17:00)"),
                 QStringList{QStringLiteral("17:00"), QStringLiteral("23:59")});
}

void SessionControls::readDayAndTime(const QComboBox *day, const QComboBox *time, SessionBrowser::Filters *filters)
{
    filters->day = day->currentData().toDate();
    const QStringList range = time->currentData().toStringList();
    filters->timeFrom = range.size() == 2 ? range.at(0) : QString();
    filters->timeTo = range.size() == 2 ? range.at(1) : QString();
}
