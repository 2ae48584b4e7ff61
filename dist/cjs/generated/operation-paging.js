"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var operation_paging_exports = {};
__export(operation_paging_exports, {
  operationPaging: () => operationPaging
});
module.exports = __toCommonJS(operation_paging_exports);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  operationPaging
});
//# sourceMappingURL=operation-paging.js.map
