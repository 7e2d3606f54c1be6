#include "DecodeFixtures.h"

const char *const fixture0 = R"({
            "@context": "https://openactive.io/", "@type": "CustomerAccount",
            "@id": "https://book.imin.co/api/v2/customer-accounts/Xy12AbCdEf", "identifier": "Xy12AbCdEf",
            "customer": {"@type": "Person", "email": "ada@example.org", "givenName": "Ada", "familyName": "Lovelace",
                         "gender": "https://schema.org/Female", "birthDate": "1985-12-10", "imin:is13OrOver": true,
                         "address": {"@type": "PostalAddress", "postalCode": "N1 1AA"},
                         "emergencyContact": {"@type": "Person", "name": "Charles", "telephone": "020 7946 0001"}},
            "accessPass": {"@type": "Barcode", "text": "ZX9-001-442"},
            "entitlement": {"@type": "Entitlement", "expires": "2030-01-31T00:00:00+00:00",
                            "entitlementType": {"id": "https://meta.imin.co/x#1", "type": "Concept", "prefLabel": "Resident Discount"}}})";
const char *const fixture1 = R"({"type": "Person", "email": "x@example.org",
            "givenName": "X", "familyName": "Y", "identifier": "MAlnTNiZut",
            "id": "https://book.imin.co/api/v2/customers/MAlnTNiZut", "gender": "schema:Male",
            "entitlement": [{"entitlementType": {"@id": "a"}}, {"entitlementType": {"@id": "b"}}], "somethingNew": {"x": 1}})";
const char *const fixture2 = R"({"type": "EventSeries", "id": "https://s/e/1", "name": "Swim",
            "location": {"type": "Place", "name": "Pool", "address": {"postalCode": "OX1 1AA"}},
            "subEvent": {"type": "ScheduledSession", "startDate": "2030-01-14T18:00:00Z", "duration": "PT45M"}})";
const char *const fixture3 = R"({
          "type": "EventSeries", "id": "https://search.imin.co/events-api/v2/event-series/p-1", "identifier": "p-1",
          "name": "GOLDEN: Yoga", "description": "d",
          "activity": [{"id": "https://openactive.io/activity-list#bf1a5e00", "type": "Concept", "prefLabel": "Yoga"}],
          "ageRange": {"type": "QuantitativeValue", "minValue": "16", "maxValue": 99},
          "genderRestriction": "https://openactive.io/NoRestriction",
          "imin:level": [{"type": "imin:BeginnerLevel", "name": "Beginner"}],
          "image": [{"type": "ImageObject", "url": "https://img/y.jpg"}],
          "organizer": {"type": "Organization", "name": "Provider"},
          "imin:aggregateOffer": {"type": "imin:AggregateOffer",
              "publicAdult": {"type": "AggregateOffer", "lowPrice": 4, "highPrice": "6.5", "priceCurrency": "GBP", "imin:indicativePrice": true}},
          "imin:locationSummary": [
              {"id": "#/imin:locationSummary/a", "type": "Place", "name": "A", "identifier": 138,
               "geo": {"latitude": 51.5, "longitude": "-0.2", "imin:distanceFromGeoQueryCenter": {"value": 1.81, "unitCode": "KMT"}}},
              {"id": "#/imin:locationSummary/b", "type": "Place", "name": "B"}],
          "subEvent": [{"type": "SessionSeries", "id": "ss1", "location": {"type": "Place", "id": "#/imin:locationSummary/b"},
              "imin:checkoutUrlTemplate": "{checkoutBaseUrl}/v1/events/1",
              "offers": [{"type": "Offer", "id": "https://p/offers/adult", "name": "Adult", "price": 6.5, "priceCurrency": "GBP",
                          "ageRange": {"minValue": 16}, "latestCancellationBeforeStartDate": "P1D"},
                         {"@type": "Offer", "@id": "https://p/offers/junior", "name": "Junior", "price": "3"}],
              "subEvent": [{"type": "ScheduledSession", "identifier": "https://p/ss/1", "startDate": "2030-01-14T18:00:00+01:00",
                            "endDate": "2030-01-14T19:00:00+01:00", "eventStatus": "schema:EventScheduled",
                            "maximumAttendeeCapacity": 20, "remainingAttendeeCapacity": 0,
                            "imin:checkoutUrlTemplate": "{checkoutBaseUrl}/v1/events/1/2"}]}]})";
const char *const fixture4 = R"({"type": "imin:RestrictedCollection", "imin:totalItems": 23,
            "view": {"imin:currentPage": 1, "imin:totalPages": 1, "next": "https://b/order-items?page=2"},
            "imin:item": {"type": "OrderItem", "id": "https://book.imin.co/api/v2/orders/ORD-1/order-items/k1",
                          "orderItemStatus": "https://openactive.io/OrderItemConfirmed", "imin:isPresentlyCancellable": false,
                          "orderedItem": {"type": "ScheduledSession", "startDate": "2030-01-16T10:00:00Z",
                              "superEvent": {"type": "SessionSeries", "location": {"name": "Centre"},
                                             "superEvent": {"type": "EventSeries", "name": "Beginners Yoga"}}},
                          "acceptedOffer": {"type": "Offer", "id": "o", "name": "Adult", "price": 10}}})";
const char *const fixture5 = R"({"type": "FacilityUse", "name": "Badminton",
            "event": [{"type": "IndividualFacilityUse", "name": "Court 3",
                       "event": [{"type": "Slot", "id": "s1", "remainingUses": 1}, {"type": "Slot", "id": "s2"}]},
                      {"type": "FacilityUseSlot", "id": "s3", "offers": {"type": "Offer", "id": "o"}}]})";
// A booked named court in an order item, as OpenActive shapes it: the Slot's facilityUse is the
// IndividualFacilityUse, with the FacilityUse (its name and venue) as aggregateFacilityUse.
const char *const fixtureCourtItem = R"({"type": "OrderItem", "id": "https://x/api/v2/orders/ORD-2/order-items/i1",
    "orderedItem": {"type": "Slot", "identifier": "slot-7-court-3", "startDate": "2030-01-01T18:00:00Z",
                    "facilityUse": {"type": "IndividualFacilityUse", "name": "Court 3",
                                    "aggregateFacilityUse": {"type": "FacilityUse", "name": "Badminton Court at Riverside",
                                                             "location": {"type": "Place", "name": "Riverside"}}}},
    "acceptedOffer": {"type": "Offer", "name": "Adult", "price": 9}})";
// A Slot by id names its court the same way.
const char *const fixtureCourtSlot = R"({"type": "Slot", "id": "s9", "remainingUses": 0, "maximumUses": 1,
    "facilityUse": {"type": "IndividualFacilityUse", "name": "Court 2", "aggregateFacilityUse": "https://x/fu/7"}})";
const char *const fixture6 = R"({"@context": "https://openactive.io/", "@type": "OpportunityIsFullError",
                                                          "name": "Full", "description": "No places left.", "statusCode": 400})";
const char *const fixture7 = R"({"type": "InvalidAPITokenError"})";
const char *const fixture8 = R"({"type": "InvalidRequestError", "description": "email is not valid",
                                                             "invalidParams": [{"name": "customer.email"}]})";
const char *const fixture9 =
    R"({"type":"Order","identifier":"1","orderedItem":[{"type":"OrderItem","orderedItem":{"superEvent":{"superEvent":{"name":"x"}}},"acceptedOffer":{"price":1}}],"imin:receipt":[{"url":"u"}]})";

// An EventSeries by id in the shape of imin's published samples (imin-ltd/developer-docs-samples,
// example-responses/event-series/get-*.jsonld), written afresh with our own values: four contexts, bare type/id,
// prefixed enumerations, an opaque locationSummary fragment, a PartialSchedule with schema: days and beta:timeZone,
// offers without ids (named by url), thumbnails sized as text, and a ScheduledSession whose identifier is a time.
const char *const fixtureImminSample = R"({
  "type": "EventSeries",
  "@context": ["https://openactive.io/", "https://schema.imin.co/", "https://openactive.io/ns-beta",
               "http://data.emduk.org/ns/emduk.jsonld"],
  "id": "https://search-sandbox.imin.co/events-api/v2/event-series/riverside-7001",
  "identifier": "riverside-7001",
  "name": "Aqua Aerobics",
  "genderRestriction": "oa:FemaleOnly",
  "ageRange": {"type": "QuantitativeValue", "minValue": 18, "maxValue": 80},
  "activity": [{"id": "https://openactive.io/activity-list#5e78bcbe-36db-425a-9064-bf96d09cc351",
                "type": "Concept", "inScheme": "https://openactive.io/activity-list", "prefLabel": "Aqua Aerobics"}],
  "imin:level": [{"type": "imin:BeginnerLevel", "name": "Beginner"}],
  "isAccessibleForFree": false,
  "image": [{"type": "ImageObject", "url": "https://images.example/aqua.jpg",
             "thumbnail": [{"type": "ImageObject", "url": "https://images.example/aqua-300.jpg",
                            "width": "300 px", "height": "200 px"}]}],
  "imin:aggregateOffer": {
    "publicAdult": {"type": "AggregateOffer", "price": 6.2, "priceCurrency": "GBP", "imin:membershipRequired": false},
    "publicJunior": {"type": "AggregateOffer", "price": 3.1, "priceCurrency": "GBP", "imin:membershipRequired": false}
  },
  "organizer": {"type": "Person", "id": "https://riverside.example/api/leaders/12", "name": "Dee Hughes",
                "identifier": 12},
  "imin:dataSource": {"type": "WebAPI", "identifier": "riverside"},
  "subEvent": [{
    "type": "SessionSeries",
    "url": "https://riverside.example/listings/7001",
    "identifier": "riverside-7001",
    "location": {"type": "Place", "id": "#/imin:locationSummary/Qm9hdGh1c2UrQ2VudHJl/x4="},
    "offers": [
      {"type": "Offer", "url": "https://riverside.example/listings/7001#booking-adult", "name": "Adult",
       "price": 6.2, "priceCurrency": "GBP", "ageRange": {"type": "QuantitativeValue", "minValue": 18},
       "eligibleCustomerType": ["beta:Member"], "acceptedPaymentMethod": ["gr:Cash"],
       "beta:availableChannel": ["beta:OnlinePrepayment"]}
    ],
    "eventSchedule": [{"type": "PartialSchedule", "byDay": ["schema:Monday", "schema:Thursday"],
                       "startDate": "2030-01-07", "endDate": "2030-03-28", "startTime": "18:30", "endTime": "19:15",
                       "duration": "PT45M", "repeatFrequency": "P1W", "beta:timeZone": "Europe/London",
                       "scheduledEventType": "ScheduledSession"}],
    "subEvent": [{
      "type": "ScheduledSession",
      "id": "https://riverside.example/api/opportunities/7001#/subEvent/2030-01-10T18:30:00Z",
      "url": "https://riverside.example/listings/7001#2030-01-10T18:30:00Z",
      "identifier": "2030-01-10T18:30:00Z",
      "startDate": "2030-01-10T18:30:00Z",
      "endDate": "2030-01-10T19:15:00Z",
      "duration": "PT45M",
      "eventStatus": "schema:EventScheduled",
      "maximumAttendeeCapacity": 24,
      "remainingAttendeeCapacity": 0
    }]
  }],
  "imin:locationSummary": [{
    "type": "Place",
    "id": "#/imin:locationSummary/Qm9hdGh1c2UrQ2VudHJl/x4=",
    "identifier": "BOATHSE1",
    "name": "Boathouse Centre",
    "url": "https://riverside.example/centres/boathouse",
    "telephone": "01865 000111",
    "geo": {"type": "GeoCoordinates", "latitude": 51.7432, "longitude": -1.2479},
    "address": {"type": "PostalAddress", "streetAddress": "1 Towpath", "addressLocality": "Oxford",
                "postalCode": "OX1 4AA", "addressCountry": "GB",
                "imin:fullAddress": "Boathouse Centre, 1 Towpath, Oxford, OX1 4AA"}
  }]
})";

const char *const fixtureOddPage = R"({"type":"imin:RestrictedCollection","imin:totalItems":"3",
    "view":{"imin:currentPage":1,"imin:totalPages":2,"next":"https://x.example/p2"},
    "imin:item":[
      {"@type":"EventSeries","@id":"https://x.example/e/1","identifier":"e1","name":"Caf\u00e9 \"Yoga\"\n",
       "activity":{"id":"https://openactive.io/activity-list#yoga","prefLabel":"Yoga",
                   "broaderTransitive":["https://openactive.io/activity-list#a","https://openactive.io/activity-list#a"]},
       "ageRange":{"minValue":"16","maxValue":1e25},"genderRestriction":"https://openactive.io/NoRestriction",
       "imin:level":["Beginner",{"name":"Advanced"},null],"organizer":[{"name":"Org"}],
       "image":{"url":"https://img.example/1.png"},
       "imin:aggregateOffer":{"publicAdult":{"price":"5.50","priceCurrency":"GBP","imin:indicativePrice":true}},
       "location":{"id":"https://x.example/v/1","name":"Hall","identifier":42,
                   "geo":{"latitude":"51.75","longitude":-1.25,
                          "imin:distanceFromGeoQueryCenter":{"value":2,"unitCode":"SMI"}}},
       "subEvent":{"type":"ScheduledSession","id":"s1","startDate":"2030-01-16T10:00:00Z","duration":"PT45M",
                   "remainingAttendeeCapacity":"NaN","maximumAttendeeCapacity":20}},
      {"type":"EventSeries","id":"https://x.example/e/2","name":null,
       "subEvent":[{"type":"SessionSeries","id":"ss","location":{"id":"#/imin:locationSummary/0"},
                    "offers":{"id":"o1","price":0,"imin:membershipRequired":true},
                    "subEvent":[{"type":"ScheduledSession","startDate":"2030-01-16T10:00:00","endDate":"bad"}]}],
       "imin:locationSummary":[{"id":"#/imin:locationSummary/0","name":"Pool",
                                "address":{"streetAddress":"1 High St","postalCode":"OX1 1AA"}}]},
      "not an object", 7
    ]})";

const char *const fixtureBigIntegerPage =
    R"({"imin:totalItems": 123456789012345678901234567890, "imin:item": [{"name": "Big"}]})";
