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
var runtime_operations_exports = {};
__export(runtime_operations_exports, {
  runtimeOperations: () => runtimeOperations
});
module.exports = __toCommonJS(runtime_operations_exports);
const SCOPES = ["account_communications", "account_credits_history", "account_escort_bookings", "account_information", "account_phonechat_bookings", "account_webcam_bookings", "profile_blacklist", "profile_gallery", "profile_hotlist", "profile_services"];
const SECURITY = ["none", "user", "apiKey"];
const USER_ID_IN = [null, "query", "body"];
const ROWS = [
  ["acceptReceivedWebcamBooking", "POST", "/v1/Webcam/AcceptReceivedBooking", 33, [5]],
  ["addBlockedSendersListEmail", "POST", "/v1/Email/BlockedSendersAdd", 1, [0]],
  ["addFreePictures", "POST", "/v1/Pictures/AddFreePictures", 1, [7], { "groupVariant": "addFreePicturesAsGroupManager" }],
  ["addFreePicturesAsGroupManager", "POST", "/v1/Groups/Pictures/AddFreePictures", 17, [7]],
  ["addPictures", "POST", "/v1/Pictures/AddPictures", 1, [7], { "groupVariant": "addPicturesAsGroupManager" }],
  ["addPicturesAsGroupManager", "POST", "/v1/Groups/Pictures/AddPictures", 17, [7]],
  ["cancelMadeWebcamBooking", "POST", "/v1/Webcam/CancelMadeBooking", 33, [5]],
  ["cancelReceivedWebcamBooking", "POST", "/v1/Webcam/CancelReceivedBooking", 33, [5]],
  ["confirmMadeWebcamBooking", "POST", "/v1/Webcam/ConfirmMadeBooking", 33, [5]],
  ["createAlbum", "POST", "/v1/Pictures/CreateAlbum", 33, [7], { "groupVariant": "createAlbumAsGroupManager" }],
  ["createAlbumAsGroupManager", "POST", "/v1/Groups/Pictures/CreateAlbum", 49, [7]],
  ["createEscortBooking", "POST", "/v1/Bookings/CreateBooking", 1, [2]],
  ["createWebcamBooking", "POST", "/v1/Webcam/CreateBooking", 1, [5]],
  ["customFoldersEmail", "POST", "/v1/Email/CustomFolders", 1, [0], { "groupVariant": "customFoldersEmailAsGroupManager" }],
  ["customFoldersEmailAsGroupManager", "POST", "/v1/Groups/Email/CustomFolders", 17, [0]],
  ["deleteMadeWebcamBooking", "POST", "/v1/Webcam/DeleteMadeBookings", 33, [5]],
  ["deleteReceivedWebcamBooking", "POST", "/v1/Webcam/DeleteReceivedBookings", 33, [5]],
  ["deleteScheduledShow", "POST", "/v1/DirectCam/DeleteScheduledShow", 1, [5], { "groupVariant": "deleteScheduledShowAsGroupManager" }],
  ["deleteScheduledShowAsGroupManager", "POST", "/v1/Groups/DirectCam/DeleteScheduledShow", 17, [5]],
  ["directCamUpdateSpecialOffer", "PUT", "/v1/DirectCam/UpdateDirectCamSpecialOffer", 5, [5], { "groupVariant": "directCamUpdateSpecialOfferAsGroupManager" }],
  ["directCamUpdateSpecialOfferAsGroupManager", "PUT", "/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer", 21, [5]],
  ["getAccountServices", "GET", "/v1/account/getServices", 37, [9], { "groupVariant": "getAccountServicesAsGroupManager" }],
  ["getAccountServicesAsGroupManager", "GET", "/v1/Groups/account/getServices", 45, [9]],
  ["getAlbums", "GET", "/v1/Pictures/GetAlbums", 37, [], { "groupVariant": "getAlbumsAsGroupManager" }],
  ["getAlbumsAsGroupManager", "GET", "/v1/Groups/Pictures/GetAlbums", 45, []],
  ["getAllDirectChatPINs", "GET", "/v1/DirectChat/GetAllPINs", 37, [4]],
  ["getBlockedSendersListEmail", "GET", "/v1/Email/GetBlockedSendersList", 37, [0]],
  ["getBooking", "GET", "/v1/Bookings/GetBooking", 5, [2], { "groupVariant": "getBookingAsGroupManager" }],
  ["getBookingAsGroupManager", "GET", "/v1/Groups/Bookings/GetBooking", 13, [2]],
  ["getBookings", "GET", "/v1/Bookings/GetBookings", 37, [2], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null }, "groupVariant": "getBookingsAsGroupManager" }],
  ["getBookingsAsGroupManager", "GET", "/v1/Groups/Bookings/GetBookings", 45, [2], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null } }],
  ["getCountries", "GET", "/v1/lists/getCountries", 38, [], { "apiKeyParam": "apiKey" }],
  ["getCreditsHistory", "GET", "/v1/CreditHistory/GetCreditsHistory", 37, [1], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "PageSize", "itemsProperty": "CreditHistory" } }],
  ["getCurrentCreditBalance", "GET", "/v1/CreditHistory/GetCurrentCreditBalance", 37, [1]],
  ["getDashboard", "GET", "/v1/Dashboard/GetDashboard", 37, [0, 2, 1, 6, 8], { "scopeFlags": { "param": "Options", "in": "query", "flags": { "UnreadEmails": { "value": 1, "scope": "account_communications" }, "UnreadEscortBookingCount": { "value": 2, "scope": "account_escort_bookings" }, "CurrentCreditsBalance": { "value": 4, "scope": "account_credits_history" }, "BlacklistedUserIds": { "value": 8, "scope": "profile_blacklist" }, "Hotlists": { "value": 16, "scope": "profile_hotlist" } } } }],
  ["getDirectCamSettings", "GET", "/v1/DirectCam/GetSettings", 37, [5], { "groupVariant": "getDirectCamSettingsAsGroupManager" }],
  ["getDirectCamSettingsAsGroupManager", "GET", "/v1/Groups/DirectCam/GetSettings", 45, [5]],
  ["getEmail", "GET", "/v1/Email/GetEmail", 37, [0], { "groupVariant": "getEmailAsGroupManager" }],
  ["getEmailAsGroupManager", "GET", "/v1/Groups/Email/GetEmail", 45, [0]],
  ["getEmails", "GET", "/v1/Email/GetEmails", 37, [0], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "EmailsPerPage", "itemsProperty": null }, "groupVariant": "getEmailsAsGroupManager" }],
  ["getEmailsAsGroupManager", "GET", "/v1/Groups/Email/GetEmails", 45, [0], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "EmailsPerPage", "itemsProperty": null } }],
  ["getEscortRateBreaks", "GET", "/v1/lists/getEscortRateBreaks", 38, [], { "apiKeyParam": "apiKey" }],
  ["getFieldReport", "GET", "/v1/fieldreport/getFieldReport", 38, [], { "apiKeyParam": "apiKey" }],
  ["getFreeGallery", "GET", "/v1/pictures/getFreeGallery", 38, [], { "apiKeyParam": "apiKey", "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "PageSize", "itemsProperty": "Pictures" } }],
  ["getGallery", "GET", "/v1/Pictures/GetGallery", 37, [], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "PageSize", "itemsProperty": null }, "groupVariant": "getGalleryAsGroupManager" }],
  ["getGalleryAsGroupManager", "GET", "/v1/Groups/Pictures/GetGallery", 45, [], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "PageSize", "itemsProperty": null } }],
  ["getGroupDetails", "GET", "/v1/groups/getGroupDetails", 38, [], { "apiKeyParam": "apiKey", "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "MembersPerPage", "itemsProperty": null } }],
  ["getHotList", "GET", "/v1/HotLists/GetHotList", 37, [8]],
  ["getMadeEscortBooking", "GET", "/v1/Bookings/GetMadeBooking", 37, [2], { "groupVariant": "getMadeEscortBookingAsGroupManager" }],
  ["getMadeEscortBookingAsGroupManager", "GET", "/v1/Groups/Bookings/GetMadeBooking", 45, [2]],
  ["getMadeEscortBookings", "GET", "/v1/Bookings/GetMadeBookings", 37, [2], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null }, "groupVariant": "getMadeEscortBookingsAsGroupManager" }],
  ["getMadeEscortBookingsAsGroupManager", "GET", "/v1/Groups/Bookings/GetMadeBookings", 45, [2], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null } }],
  ["getMadePhoneChatBooking", "GET", "/v1/PhoneChat/MadeBookingDetails", 37, [4], { "groupVariant": "getMadePhoneChatBookingAsGroupManager" }],
  ["getMadePhoneChatBookingAsGroupManager", "GET", "/v1/Groups/PhoneChat/MadeBookingDetails", 45, [4]],
  ["getMadePhoneChatBookings", "GET", "/v1/PhoneChat/MadeBookings", 37, [4], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null }, "groupVariant": "getMadePhoneChatBookingsAsGroupManager" }],
  ["getMadePhoneChatBookingsAsGroupManager", "GET", "/v1/Groups/PhoneChat/MadeBookings", 45, [4], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null } }],
  ["getMovieDetails", "GET", "/v1/movie/getMovieDetails", 38, [], { "apiKeyParam": "apiKey" }],
  ["getPermissions", "GET", "/v1/Account/GetPermissions", 37, []],
  ["getPhoneChatSettings", "GET", "/v1/PhoneChat/GetSettings", 37, [4], { "groupVariant": "getPhoneChatSettingsAsGroupManager" }],
  ["getPhoneChatSettingsAsGroupManager", "GET", "/v1/Groups/PhoneChat/GetSettings", 45, [4]],
  ["getPhoneChatUserBookingRequirements", "GET", "/v1/PhoneChat/GetUserBookingRequirements", 37, [4]],
  ["getPricePlans", "GET", "/v1/pictures/getPricePlans", 38, [], { "apiKeyParam": "apiKey" }],
  ["getRatings", "GET", "/v1/profile/getRatings", 38, [], { "apiKeyParam": "apiKey", "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "FeedbackPerPage", "itemsProperty": null } }],
  ["getRatingsPost", "POST", "/v1/profile/getRatings", 34, [], { "apiKeyParam": "apiKey", "paging": { "in": "body", "pageParam": "PageNumber", "sizeParam": "FeedbackPerPage", "itemsProperty": null } }],
  ["getRentalDetails", "GET", "/v1/movie/getRentalDetails", 38, [], { "apiKeyParam": "apiKey" }],
  ["getTopList", "GET", "/v1/lists/getTopList", 6, [], { "apiKeyParam": "apiKey" }],
  ["getUnreadEmails", "GET", "/v1/Email/GetUnreadEmails", 37, [0], { "groupVariant": "getUnreadEmailsAsGroupManager" }],
  ["getUnreadEmailsAsGroupManager", "GET", "/v1/Groups/Email/GetUnreadEmails", 45, [0]],
  ["getUserSummary", "GET", "/v1/newsfeed/getUserSummary", 38, [], { "apiKeyParam": "apiKey" }],
  ["getWebCamUserBookingRequirements", "GET", "/v1/WebCam/GetUserBookingRequirements", 37, [5]],
  ["groupRegister", "POST", "/v1/Groups/Account/Register", 1, []],
  ["madeWebcamBookingDetails", "GET", "/v1/Webcam/MadeBookingDetails", 37, [5], { "groupVariant": "madeWebcamBookingDetailsAsGroupManager" }],
  ["madeWebcamBookingDetailsAsGroupManager", "GET", "/v1/Groups/Webcam/MadeBookingDetails", 45, [5]],
  ["madeWebcamBookings", "GET", "/v1/Webcam/MadeBookings", 37, [5], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null }, "groupVariant": "madeWebcamBookingsAsGroupManager" }],
  ["madeWebcamBookingsAsGroupManager", "GET", "/v1/Groups/Webcam/MadeBookings", 45, [5], { "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "BookingsPerPage", "itemsProperty": null } }],
  ["manageEmail", "GET", "/v1/Email/Manage", 5, [0], { "groupVariant": "manageEmailAsGroupManager" }],
  ["manageEmailAsGroupManager", "GET", "/v1/Groups/Email/Manage", 13, [0]],
  ["phoneChatAcceptReceivedBooking", "POST", "/v1/PhoneChat/AcceptReceivedBooking", 33, [4]],
  ["phoneChatCancelMadeBooking", "POST", "/v1/PhoneChat/CancelMadeBooking", 33, [4]],
  ["phoneChatCreateBooking", "POST", "/v1/PhoneChat/CreateBooking", 1, [4]],
  ["phoneChatDeleteMadeBookings", "POST", "/v1/PhoneChat/DeleteMadeBookings", 33, [4]],
  ["phoneChatDeleteReceivedBookings", "POST", "/v1/PhoneChat/DeleteReceivedBooking", 33, [4]],
  ["phoneChatReInviteReceivedBooking", "POST", "/v1/PhoneChat/ReInvite", 33, [4]],
  ["phoneChatRescheduleMadeBooking", "POST", "/v1/PhoneChat/RescheduleMadeBooking", 33, [4]],
  ["receivedWebcamBookingDetails", "GET", "/v1/Webcam/ReceivedBookingDetails", 5, [5], { "groupVariant": "receivedWebcamBookingDetailsAsGroupManager" }],
  ["receivedWebcamBookingDetailsAsGroupManager", "GET", "/v1/Groups/Webcam/ReceivedBookingDetails", 13, [5]],
  ["rejectReceivedWebcamBooking", "POST", "/v1/Webcam/RejectReceivedBooking", 33, [5]],
  ["removeAlbum", "POST", "/v1/Pictures/RemoveAlbum", 1, [7], { "groupVariant": "removeAlbumAsGroupManager" }],
  ["removeAlbumAsGroupManager", "POST", "/v1/Groups/Pictures/RemoveAlbum", 17, [7]],
  ["requestAccessToken", "POST", "/OAuth/token", 32, [], { "server": "https://platform.adultwork.com" }],
  ["rescheduleMadeWebcamBooking", "POST", "/v1/Webcam/RescheduleMadeBooking", 33, [5]],
  ["saveDirectCamSettings", "POST", "/v1/DirectCam/SaveSettings", 1, [5], { "groupVariant": "saveDirectCamSettingsAsGroupManager" }],
  ["saveDirectCamSettingsAsGroupManager", "POST", "/v1/Groups/DirectCam/SaveSettings", 17, [5]],
  ["savePhoneChatSettings", "POST", "/v1/PhoneChat/SaveSettings", 1, [4], { "groupVariant": "savePhoneChatSettingsAsGroupManager" }],
  ["savePhoneChatSettingsAsGroupManager", "POST", "/v1/Groups/PhoneChat/SaveSettings", 17, [4]],
  ["scheduleShow", "POST", "/v1/DirectCam/ScheduleShow", 1, [5], { "groupVariant": "scheduleShowAsGroupManager" }],
  ["scheduleShowAsGroupManager", "POST", "/v1/Groups/DirectCam/ScheduleShow", 17, [5]],
  ["searchFieldReports", "GET", "/v1/search/searchFieldReports", 6, [], { "apiKeyParam": "apiKey" }],
  ["searchMovies", "GET", "/v1/search/searchMovies", 6, [], { "apiKeyParam": "apiKey" }],
  ["searchPictures", "GET", "/v1/search/searchPictures", 6, [], { "apiKeyParam": "apiKey" }],
  ["searchRentals", "GET", "/v1/search/searchRentals", 6, [], { "apiKeyParam": "apiKey" }],
  ["searchTours", "GET", "/v1/search/searchTours", 38, [], { "apiKeyParam": "apiKey", "paging": { "in": "query", "pageParam": "PageNumber", "sizeParam": "PageSize", "itemsProperty": null } }],
  ["sendEmail", "POST", "/v1/Email/Send", 1, [0], { "groupVariant": "sendEmailAsGroupManager" }],
  ["sendEmailAsGroupManager", "POST", "/v1/Groups/Email/Send", 17, [0]],
  ["updateAccount", "PUT", "/v1/Account/Update", 5, [], { "groupVariant": "updateAccountAsGroupManager" }],
  ["updateAccountAsGroupManager", "PUT", "/v1/Groups/Account/Update", 21, []],
  ["updateAccountServices", "PUT", "/v1/Account/UpdateServices", 5, [9], { "groupVariant": "updateAccountServicesAsGroupManager" }],
  ["updateAccountServicesAsGroupManager", "PUT", "/v1/Groups/Account/UpdateServices", 21, [9]],
  ["updateAlbum", "PUT", "/v1/Pictures/UpdateAlbum", 5, [7], { "groupVariant": "updateAlbumAsGroupManager" }],
  ["updateAlbumAsGroupManager", "PUT", "/v1/Groups/Pictures/UpdateAlbum", 21, [7]],
  ["updateBlockedSendersListEmail", "PUT", "/v1/Email/BlockedSendersUpdate", 5, [0]],
  ["updateEscortBooking", "PUT", "/v1/Bookings/UpdateBooking", 37, [2]],
  ["updatePricePlans", "PUT", "/v1/Pictures/UpdatePricePlans", 5, [7], { "groupVariant": "updatePricePlansAsGroupManager" }],
  ["updatePricePlansAsGroupManager", "PUT", "/v1/Groups/Pictures/UpdatePricePlans", 21, [7]],
  ["updateScheduledShow", "PUT", "/v1/DirectCam/UpdateScheduledShow", 5, [5], { "groupVariant": "updateScheduledShowAsGroupManager" }],
  ["updateScheduledShowAsGroupManager", "PUT", "/v1/Groups/DirectCam/UpdateScheduledShow", 21, [5]],
  ["verifyCredentials", "GET", "/v1/account/verifyCredentials", 37, []]
];
const runtimeOperations = Object.fromEntries(
  ROWS.map(([id, method, path, bits, scopes, rare]) => [
    id,
    {
      method,
      path,
      security: SECURITY[bits & 3],
      idempotent: (bits & 4) !== 0,
      groupUserIdIn: USER_ID_IN[bits >> 3 & 3],
      responseBody: (bits & 32) !== 0,
      scopes: scopes.map((i) => SCOPES[i]),
      scopeFlags: null,
      paging: null,
      groupVariant: null,
      server: null,
      ...rare
    }
  ])
);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runtimeOperations
});
//# sourceMappingURL=runtime-operations.js.map
