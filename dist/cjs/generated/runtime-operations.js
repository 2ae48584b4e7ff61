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
const METHODS = ["GET", "POST", "PUT"];
const IDEMPOTENT_METHODS = ["GET", "HEAD", "OPTIONS", "PUT"];
const SECURITY = ["none", "user", "apiKey"];
const USER_ID_IN = [null, "query", "body"];
const API_KEY_PARAM = "apiKey";
const SERVERS = { "requestAccessToken": "https://platform.adultwork.com" };
const ROWS = `
acceptReceivedWebcamBooking /v1/Webcam/AcceptReceivedBooking 3t
addBlockedSendersListEmail /v1/Email/BlockedSendersAdd 9
addFreePictures /v1/Pictures/AddFreePictures 21
addPictures /v1/Pictures/AddPictures 21
cancelMadeWebcamBooking /v1/Webcam/CancelMadeBooking 3t
cancelReceivedWebcamBooking /v1/Webcam/CancelReceivedBooking 3t
confirmMadeWebcamBooking /v1/Webcam/ConfirmMadeBooking 3t
createAlbum /v1/Pictures/CreateAlbum cp
createEscortBooking /v1/Bookings/CreateBooking 9
createWebcamBooking /v1/Webcam/CreateBooking 9
customFoldersEmail /v1/Email/CustomFolders 21
deleteMadeWebcamBooking /v1/Webcam/DeleteMadeBookings 3t
deleteReceivedWebcamBooking /v1/Webcam/DeleteReceivedBookings 3t
deleteScheduledShow /v1/DirectCam/DeleteScheduledShow 21
directCamUpdateSpecialOffer /v1/DirectCam/UpdateDirectCamSpecialOffer 22
getAccountServices /v1/account/getServices bs
getAlbums /v1/Pictures/GetAlbums bs
getAllDirectChatPINs /v1/DirectChat/GetAllPINs 3s
getBlockedSendersListEmail /v1/Email/GetBlockedSendersList 3s
getBooking /v1/Bookings/GetBooking 14
getBookings /v1/Bookings/GetBookings bs
getCountries /v1/lists/getCountries 40
getCreditsHistory /v1/CreditHistory/GetCreditsHistory 3s
getCurrentCreditBalance /v1/CreditHistory/GetCurrentCreditBalance 3s
getDashboard /v1/Dashboard/GetDashboard 3s
getDirectCamSettings /v1/DirectCam/GetSettings bs
getEmail /v1/Email/GetEmail bs
getEmails /v1/Email/GetEmails bs
getEscortRateBreaks /v1/lists/getEscortRateBreaks 40
getFieldReport /v1/fieldreport/getFieldReport 40
getFreeGallery /v1/pictures/getFreeGallery 40
getGallery /v1/Pictures/GetGallery bs
getGroupDetails /v1/groups/getGroupDetails 40
getHotList /v1/HotLists/GetHotList 3s
getMadeEscortBooking /v1/Bookings/GetMadeBooking bs
getMadeEscortBookings /v1/Bookings/GetMadeBookings bs
getMadePhoneChatBooking /v1/PhoneChat/MadeBookingDetails bs
getMadePhoneChatBookings /v1/PhoneChat/MadeBookings bs
getMovieDetails /v1/movie/getMovieDetails 40
getPermissions /v1/Account/GetPermissions 3s
getPhoneChatSettings /v1/PhoneChat/GetSettings bs
getPhoneChatUserBookingRequirements /v1/PhoneChat/GetUserBookingRequirements 3s
getPricePlans /v1/pictures/getPricePlans 40
getRatings /v1/profile/getRatings 40
getRatingsPost /v1/profile/getRatings 41
getRentalDetails /v1/movie/getRentalDetails 40
getTopList /v1/lists/getTopList g
getUnreadEmails /v1/Email/GetUnreadEmails bs
getUserSummary /v1/newsfeed/getUserSummary 40
getWebCamUserBookingRequirements /v1/WebCam/GetUserBookingRequirements 3s
groupRegister /v1/Groups/Account/Register 9
madeWebcamBookingDetails /v1/Webcam/MadeBookingDetails bs
madeWebcamBookings /v1/Webcam/MadeBookings bs
manageEmail /v1/Email/Manage 14
phoneChatAcceptReceivedBooking /v1/PhoneChat/AcceptReceivedBooking 3t
phoneChatCancelMadeBooking /v1/PhoneChat/CancelMadeBooking 3t
phoneChatCreateBooking /v1/PhoneChat/CreateBooking 9
phoneChatDeleteMadeBookings /v1/PhoneChat/DeleteMadeBookings 3t
phoneChatDeleteReceivedBookings /v1/PhoneChat/DeleteReceivedBooking 3t
phoneChatReInviteReceivedBooking /v1/PhoneChat/ReInvite 3t
phoneChatRescheduleMadeBooking /v1/PhoneChat/RescheduleMadeBooking 3t
receivedWebcamBookingDetails /v1/Webcam/ReceivedBookingDetails 14
rejectReceivedWebcamBooking /v1/Webcam/RejectReceivedBooking 3t
removeAlbum /v1/Pictures/RemoveAlbum 21
requestAccessToken /OAuth/token 3l
rescheduleMadeWebcamBooking /v1/Webcam/RescheduleMadeBooking 3t
saveDirectCamSettings /v1/DirectCam/SaveSettings 21
savePhoneChatSettings /v1/PhoneChat/SaveSettings 21
scheduleShow /v1/DirectCam/ScheduleShow 21
searchFieldReports /v1/search/searchFieldReports g
searchMovies /v1/search/searchMovies g
searchPictures /v1/search/searchPictures g
searchRentals /v1/search/searchRentals g
searchTours /v1/search/searchTours 40
sendEmail /v1/Email/Send 21
updateAccount /v1/Account/Update 22
updateAccountServices /v1/Account/UpdateServices 22
updateAlbum /v1/Pictures/UpdateAlbum 22
updateBlockedSendersListEmail /v1/Email/BlockedSendersUpdate a
updateEscortBooking /v1/Bookings/UpdateBooking 3u
updatePricePlans /v1/Pictures/UpdatePricePlans 22
updateScheduledShow /v1/DirectCam/UpdateScheduledShow 22
verifyCredentials /v1/account/verifyCredentials 3s
`;
const runtimeOperations = {};
for (const row of ROWS.trim().split("\n")) {
  const [id, path, code] = row.split(" ");
  const bits = parseInt(code, 36);
  const method = METHODS[bits & 7];
  const security = SECURITY[bits >> 3 & 3];
  const userIdIn = USER_ID_IN[bits >> 5 & 3];
  const common = {
    method,
    security,
    ...security === "apiKey" ? { apiKeyParam: API_KEY_PARAM } : {},
    idempotent: IDEMPOTENT_METHODS.includes(method),
    server: SERVERS[id] ?? null
  };
  const table = runtimeOperations;
  table[id] = { ...common, path, groupVariant: userIdIn ? id + "AsGroupManager" : null, groupUserIdIn: null, responseBody: (bits & 128) !== 0 };
  if (userIdIn) {
    table[id + "AsGroupManager"] = {
      ...common,
      path: "/v1/Groups/" + path.slice(4),
      groupVariant: null,
      groupUserIdIn: userIdIn,
      responseBody: (bits & 256) !== 0
    };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runtimeOperations
});
//# sourceMappingURL=runtime-operations.js.map
