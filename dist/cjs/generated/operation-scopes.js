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
var operation_scopes_exports = {};
__export(operation_scopes_exports, {
  SCOPES: () => SCOPES,
  operationScopeFlags: () => operationScopeFlags,
  operationScopeIndexes: () => operationScopeIndexes
});
module.exports = __toCommonJS(operation_scopes_exports);
const SCOPES = ["account_communications", "account_credits_history", "account_escort_bookings", "account_information", "account_phonechat_bookings", "account_webcam_bookings", "profile_blacklist", "profile_gallery", "profile_hotlist", "profile_services"];
const operationScopeIndexes = { "acceptReceivedWebcamBooking": [5], "addBlockedSendersListEmail": [0], "addFreePictures": [7], "addFreePicturesAsGroupManager": [7], "addPictures": [7], "addPicturesAsGroupManager": [7], "cancelMadeWebcamBooking": [5], "cancelReceivedWebcamBooking": [5], "confirmMadeWebcamBooking": [5], "createAlbum": [7], "createAlbumAsGroupManager": [7], "createEscortBooking": [2], "createWebcamBooking": [5], "customFoldersEmail": [0], "customFoldersEmailAsGroupManager": [0], "deleteMadeWebcamBooking": [5], "deleteReceivedWebcamBooking": [5], "deleteScheduledShow": [5], "deleteScheduledShowAsGroupManager": [5], "directCamUpdateSpecialOffer": [5], "directCamUpdateSpecialOfferAsGroupManager": [5], "getAccountServices": [9], "getAccountServicesAsGroupManager": [9], "getAllDirectChatPINs": [4], "getBlockedSendersListEmail": [0], "getBooking": [2], "getBookingAsGroupManager": [2], "getBookings": [2], "getBookingsAsGroupManager": [2], "getCreditsHistory": [1], "getCurrentCreditBalance": [1], "getDashboard": [0, 2, 1, 6, 8], "getDirectCamSettings": [5], "getDirectCamSettingsAsGroupManager": [5], "getEmail": [0], "getEmailAsGroupManager": [0], "getEmails": [0], "getEmailsAsGroupManager": [0], "getHotList": [8], "getMadeEscortBooking": [2], "getMadeEscortBookingAsGroupManager": [2], "getMadeEscortBookings": [2], "getMadeEscortBookingsAsGroupManager": [2], "getMadePhoneChatBooking": [4], "getMadePhoneChatBookingAsGroupManager": [4], "getMadePhoneChatBookings": [4], "getMadePhoneChatBookingsAsGroupManager": [4], "getPhoneChatSettings": [4], "getPhoneChatSettingsAsGroupManager": [4], "getPhoneChatUserBookingRequirements": [4], "getUnreadEmails": [0], "getUnreadEmailsAsGroupManager": [0], "getWebCamUserBookingRequirements": [5], "madeWebcamBookingDetails": [5], "madeWebcamBookingDetailsAsGroupManager": [5], "madeWebcamBookings": [5], "madeWebcamBookingsAsGroupManager": [5], "manageEmail": [0], "manageEmailAsGroupManager": [0], "phoneChatAcceptReceivedBooking": [4], "phoneChatCancelMadeBooking": [4], "phoneChatCreateBooking": [4], "phoneChatDeleteMadeBookings": [4], "phoneChatDeleteReceivedBookings": [4], "phoneChatReInviteReceivedBooking": [4], "phoneChatRescheduleMadeBooking": [4], "receivedWebcamBookingDetails": [5], "receivedWebcamBookingDetailsAsGroupManager": [5], "rejectReceivedWebcamBooking": [5], "removeAlbum": [7], "removeAlbumAsGroupManager": [7], "rescheduleMadeWebcamBooking": [5], "saveDirectCamSettings": [5], "saveDirectCamSettingsAsGroupManager": [5], "savePhoneChatSettings": [4], "savePhoneChatSettingsAsGroupManager": [4], "scheduleShow": [5], "scheduleShowAsGroupManager": [5], "sendEmail": [0], "sendEmailAsGroupManager": [0], "updateAccountServices": [9], "updateAccountServicesAsGroupManager": [9], "updateAlbum": [7], "updateAlbumAsGroupManager": [7], "updateBlockedSendersListEmail": [0], "updateEscortBooking": [2], "updatePricePlans": [7], "updatePricePlansAsGroupManager": [7], "updateScheduledShow": [5], "updateScheduledShowAsGroupManager": [5] };
const operationScopeFlags = {
  "getDashboard": {
    "param": "Options",
    "in": "query",
    "flags": {
      "UnreadEmails": {
        "value": 1,
        "scope": "account_communications"
      },
      "UnreadEscortBookingCount": {
        "value": 2,
        "scope": "account_escort_bookings"
      },
      "CurrentCreditsBalance": {
        "value": 4,
        "scope": "account_credits_history"
      },
      "BlacklistedUserIds": {
        "value": 8,
        "scope": "profile_blacklist"
      },
      "Hotlists": {
        "value": 16,
        "scope": "profile_hotlist"
      }
    }
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SCOPES,
  operationScopeFlags,
  operationScopeIndexes
});
//# sourceMappingURL=operation-scopes.js.map
