#pragma once

#include <functional>
#include <QFrame>

class QVBoxLayout;

// A card over a dimmed kiosk screen, inside the kiosk window (a kiosk never opens windows of its own: the compositor
// would show one full screen, and a nested event loop would outlive a walk-away log-out). It covers its parent and
// follows its size.
class KioskOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit KioskOverlay(QWidget *parent);
    void open();
    void close();
    bool isOpen() const { return isVisible(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    QFrame *card() const { return m_card; }
    QVBoxLayout *cardLayout() const { return m_cardLayout; }

private:
    QFrame *m_card;
    QVBoxLayout *m_cardLayout;
};
