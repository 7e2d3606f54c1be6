#pragma once

// JSON bodies for TestDecode, kept out of the moc-processed file (Qt 6.4 moc cannot read raw strings).
extern const char *const fixture0;
extern const char *const fixture1;
extern const char *const fixture2;
extern const char *const fixture3;
extern const char *const fixture4;
extern const char *const fixture5;
extern const char *const fixtureCourtItem; // an order item for a named court
extern const char *const fixtureCourtSlot; // a named court's Slot by id
extern const char *const fixture6;
extern const char *const fixture7;
extern const char *const fixture8;
extern const char *const fixture9;
extern const char *const fixtureImminSample;
extern const char *const fixtureOddPage;        // a search page of every odd shape at once
extern const char *const fixtureBigIntegerPage; // a page with an integer beyond 64 bits
