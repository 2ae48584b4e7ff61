const operationPaging = {
  "getBookings": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "getBookingsAsGroupManager": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "getCreditsHistory": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "PageSize",
    "itemsProperty": "CreditHistory"
  },
  "getEmails": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "EmailsPerPage",
    "itemsProperty": null
  },
  "getEmailsAsGroupManager": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "EmailsPerPage",
    "itemsProperty": null
  },
  "getFreeGallery": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "PageSize",
    "itemsProperty": "Pictures"
  },
  "getGallery": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "PageSize",
    "itemsProperty": null
  },
  "getGalleryAsGroupManager": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "PageSize",
    "itemsProperty": null
  },
  "getGroupDetails": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "MembersPerPage",
    "itemsProperty": null
  },
  "getMadeEscortBookings": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "getMadeEscortBookingsAsGroupManager": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "getMadePhoneChatBookings": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "getMadePhoneChatBookingsAsGroupManager": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "getRatings": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "FeedbackPerPage",
    "itemsProperty": null
  },
  "getRatingsPost": {
    "in": "body",
    "pageParam": "PageNumber",
    "sizeParam": "FeedbackPerPage",
    "itemsProperty": null
  },
  "madeWebcamBookings": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "madeWebcamBookingsAsGroupManager": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "BookingsPerPage",
    "itemsProperty": null
  },
  "searchTours": {
    "in": "query",
    "pageParam": "PageNumber",
    "sizeParam": "PageSize",
    "itemsProperty": null
  }
};
export {
  operationPaging
};
//# sourceMappingURL=operation-paging.js.map
