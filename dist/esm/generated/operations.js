const operations = {
  "acceptReceivedWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/AcceptReceivedBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "addBlockedSendersListEmail": {
    "method": "POST",
    "path": "/v1/Email/BlockedSendersAdd",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "addFreePictures": {
    "method": "POST",
    "path": "/v1/Pictures/AddFreePictures",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "addFreePicturesAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "addFreePicturesAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/Pictures/AddFreePictures",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "addFreePictures",
    "groupUserIdIn": "body"
  },
  "addPictures": {
    "method": "POST",
    "path": "/v1/Pictures/AddPictures",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "addPicturesAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "addPicturesAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/Pictures/AddPictures",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "addPictures",
    "groupUserIdIn": "body"
  },
  "cancelMadeWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/CancelMadeBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "cancelReceivedWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/CancelReceivedBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "confirmMadeWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/ConfirmMadeBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "createAlbum": {
    "method": "POST",
    "path": "/v1/Pictures/CreateAlbum",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "createAlbumAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "createAlbumAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/Pictures/CreateAlbum",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "createAlbum",
    "groupUserIdIn": "body"
  },
  "createEscortBooking": {
    "method": "POST",
    "path": "/v1/Bookings/CreateBooking",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "createWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/CreateBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "customFoldersEmail": {
    "method": "POST",
    "path": "/v1/Email/CustomFolders",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "customFoldersEmailAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "customFoldersEmailAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/Email/CustomFolders",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "customFoldersEmail",
    "groupUserIdIn": "body"
  },
  "deleteMadeWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/DeleteMadeBookings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "deleteReceivedWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/DeleteReceivedBookings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "deleteScheduledShow": {
    "method": "POST",
    "path": "/v1/DirectCam/DeleteScheduledShow",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "deleteScheduledShowAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "deleteScheduledShowAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/DirectCam/DeleteScheduledShow",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "deleteScheduledShow",
    "groupUserIdIn": "body"
  },
  "directCamUpdateSpecialOffer": {
    "method": "PUT",
    "path": "/v1/DirectCam/UpdateDirectCamSpecialOffer",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "directCamUpdateSpecialOfferAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "directCamUpdateSpecialOfferAsGroupManager": {
    "method": "PUT",
    "path": "/v1/Groups/DirectCam/UpdateDirectCamSpecialOffer",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "directCamUpdateSpecialOffer",
    "groupUserIdIn": "body"
  },
  "getAccountServices": {
    "method": "GET",
    "path": "/v1/account/getServices",
    "security": "user",
    "scopes": [
      "profile_services"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getAccountServicesAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getAccountServicesAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/account/getServices",
    "security": "user",
    "scopes": [
      "profile_services"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getAccountServices",
    "groupUserIdIn": "query"
  },
  "getAlbums": {
    "method": "GET",
    "path": "/v1/Pictures/GetAlbums",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getAlbumsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getAlbumsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Pictures/GetAlbums",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getAlbums",
    "groupUserIdIn": "query"
  },
  "getAllDirectChatPINs": {
    "method": "GET",
    "path": "/v1/DirectChat/GetAllPINs",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getBlockedSendersListEmail": {
    "method": "GET",
    "path": "/v1/Email/GetBlockedSendersList",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getBooking": {
    "method": "GET",
    "path": "/v1/Bookings/GetBooking",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "getBookingAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getBookingAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Bookings/GetBooking",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getBooking",
    "groupUserIdIn": "query"
  },
  "getBookings": {
    "method": "GET",
    "path": "/v1/Bookings/GetBookings",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": "getBookingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getBookingsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Bookings/GetBookings",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": "getBookings",
    "groupUserIdIn": "query"
  },
  "getCountries": {
    "method": "GET",
    "path": "/v1/lists/getCountries",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getCreditsHistory": {
    "method": "GET",
    "path": "/v1/CreditHistory/GetCreditsHistory",
    "security": "user",
    "scopes": [
      "account_credits_history"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "PageSize",
      "itemsProperty": "CreditHistory"
    },
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getCurrentCreditBalance": {
    "method": "GET",
    "path": "/v1/CreditHistory/GetCurrentCreditBalance",
    "security": "user",
    "scopes": [
      "account_credits_history"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "complete",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getDashboard": {
    "method": "GET",
    "path": "/v1/Dashboard/GetDashboard",
    "security": "user",
    "scopes": [
      "account_communications",
      "account_escort_bookings",
      "account_credits_history",
      "profile_blacklist",
      "profile_hotlist"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": {
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
    },
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getDirectCamSettings": {
    "method": "GET",
    "path": "/v1/DirectCam/GetSettings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getDirectCamSettingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getDirectCamSettingsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/DirectCam/GetSettings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getDirectCamSettings",
    "groupUserIdIn": "query"
  },
  "getEmail": {
    "method": "GET",
    "path": "/v1/Email/GetEmail",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getEmailAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getEmailAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Email/GetEmail",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getEmail",
    "groupUserIdIn": "query"
  },
  "getEmails": {
    "method": "GET",
    "path": "/v1/Email/GetEmails",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "EmailsPerPage",
      "itemsProperty": null
    },
    "groupVariant": "getEmailsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getEmailsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Email/GetEmails",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "EmailsPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": "getEmails",
    "groupUserIdIn": "query"
  },
  "getEscortRateBreaks": {
    "method": "GET",
    "path": "/v1/lists/getEscortRateBreaks",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getFieldReport": {
    "method": "GET",
    "path": "/v1/fieldreport/getFieldReport",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getFreeGallery": {
    "method": "GET",
    "path": "/v1/pictures/getFreeGallery",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "PageSize",
      "itemsProperty": "Pictures"
    },
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getGallery": {
    "method": "GET",
    "path": "/v1/Pictures/GetGallery",
    "security": "user",
    "scopes": [],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "PageSize",
      "itemsProperty": null
    },
    "groupVariant": "getGalleryAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getGalleryAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Pictures/GetGallery",
    "security": "user",
    "scopes": [],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "PageSize",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": "getGallery",
    "groupUserIdIn": "query"
  },
  "getGroupDetails": {
    "method": "GET",
    "path": "/v1/groups/getGroupDetails",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "MembersPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getHotList": {
    "method": "GET",
    "path": "/v1/HotLists/GetHotList",
    "security": "user",
    "scopes": [
      "profile_hotlist"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getMadeEscortBooking": {
    "method": "GET",
    "path": "/v1/Bookings/GetMadeBooking",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getMadeEscortBookingAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getMadeEscortBookingAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Bookings/GetMadeBooking",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getMadeEscortBooking",
    "groupUserIdIn": "query"
  },
  "getMadeEscortBookings": {
    "method": "GET",
    "path": "/v1/Bookings/GetMadeBookings",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": "getMadeEscortBookingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getMadeEscortBookingsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Bookings/GetMadeBookings",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": "getMadeEscortBookings",
    "groupUserIdIn": "query"
  },
  "getMadePhoneChatBooking": {
    "method": "GET",
    "path": "/v1/PhoneChat/MadeBookingDetails",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getMadePhoneChatBookingAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getMadePhoneChatBookingAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/PhoneChat/MadeBookingDetails",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getMadePhoneChatBooking",
    "groupUserIdIn": "query"
  },
  "getMadePhoneChatBookings": {
    "method": "GET",
    "path": "/v1/PhoneChat/MadeBookings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": "getMadePhoneChatBookingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getMadePhoneChatBookingsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/PhoneChat/MadeBookings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": "getMadePhoneChatBookings",
    "groupUserIdIn": "query"
  },
  "getMovieDetails": {
    "method": "GET",
    "path": "/v1/movie/getMovieDetails",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getPermissions": {
    "method": "GET",
    "path": "/v1/Account/GetPermissions",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "complete",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getPhoneChatSettings": {
    "method": "GET",
    "path": "/v1/PhoneChat/GetSettings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getPhoneChatSettingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getPhoneChatSettingsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/PhoneChat/GetSettings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getPhoneChatSettings",
    "groupUserIdIn": "query"
  },
  "getPhoneChatUserBookingRequirements": {
    "method": "GET",
    "path": "/v1/PhoneChat/GetUserBookingRequirements",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getPricePlans": {
    "method": "GET",
    "path": "/v1/pictures/getPricePlans",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getRatings": {
    "method": "GET",
    "path": "/v1/profile/getRatings",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "FeedbackPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getRatingsPost": {
    "method": "POST",
    "path": "/v1/profile/getRatings",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "body",
      "pageParam": "PageNumber",
      "sizeParam": "FeedbackPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getRentalDetails": {
    "method": "GET",
    "path": "/v1/movie/getRentalDetails",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getTopList": {
    "method": "GET",
    "path": "/v1/lists/getTopList",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": true,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getUnreadEmails": {
    "method": "GET",
    "path": "/v1/Email/GetUnreadEmails",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "getUnreadEmailsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getUnreadEmailsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Email/GetUnreadEmails",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "getUnreadEmails",
    "groupUserIdIn": "query"
  },
  "getUserSummary": {
    "method": "GET",
    "path": "/v1/newsfeed/getUserSummary",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "getWebCamUserBookingRequirements": {
    "method": "GET",
    "path": "/v1/WebCam/GetUserBookingRequirements",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "groupRegister": {
    "method": "POST",
    "path": "/v1/Groups/Account/Register",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": true,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "madeWebcamBookingDetails": {
    "method": "GET",
    "path": "/v1/Webcam/MadeBookingDetails",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "complete",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json",
      "application/xml"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": "madeWebcamBookingDetailsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "madeWebcamBookingDetailsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Webcam/MadeBookingDetails",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "complete",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json",
      "application/xml"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": "madeWebcamBookingDetails",
    "groupUserIdIn": "query"
  },
  "madeWebcamBookings": {
    "method": "GET",
    "path": "/v1/Webcam/MadeBookings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": "madeWebcamBookingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "madeWebcamBookingsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Webcam/MadeBookings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "BookingsPerPage",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": "madeWebcamBookings",
    "groupUserIdIn": "query"
  },
  "manageEmail": {
    "method": "GET",
    "path": "/v1/Email/Manage",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "manageEmailAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "manageEmailAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Email/Manage",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "manageEmail",
    "groupUserIdIn": "query"
  },
  "phoneChatAcceptReceivedBooking": {
    "method": "POST",
    "path": "/v1/PhoneChat/AcceptReceivedBooking",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "phoneChatCancelMadeBooking": {
    "method": "POST",
    "path": "/v1/PhoneChat/CancelMadeBooking",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "phoneChatCreateBooking": {
    "method": "POST",
    "path": "/v1/PhoneChat/CreateBooking",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "phoneChatDeleteMadeBookings": {
    "method": "POST",
    "path": "/v1/PhoneChat/DeleteMadeBookings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "phoneChatDeleteReceivedBookings": {
    "method": "POST",
    "path": "/v1/PhoneChat/DeleteReceivedBooking",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "phoneChatReInviteReceivedBooking": {
    "method": "POST",
    "path": "/v1/PhoneChat/ReInvite",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "phoneChatRescheduleMadeBooking": {
    "method": "POST",
    "path": "/v1/PhoneChat/RescheduleMadeBooking",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "receivedWebcamBookingDetails": {
    "method": "GET",
    "path": "/v1/Webcam/ReceivedBookingDetails",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "receivedWebcamBookingDetailsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "receivedWebcamBookingDetailsAsGroupManager": {
    "method": "GET",
    "path": "/v1/Groups/Webcam/ReceivedBookingDetails",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "receivedWebcamBookingDetails",
    "groupUserIdIn": "query"
  },
  "rejectReceivedWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/RejectReceivedBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "removeAlbum": {
    "method": "POST",
    "path": "/v1/Pictures/RemoveAlbum",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "removeAlbumAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "removeAlbumAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/Pictures/RemoveAlbum",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "removeAlbum",
    "groupUserIdIn": "body"
  },
  "requestAccessToken": {
    "method": "POST",
    "path": "/OAuth/token",
    "security": "none",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": "https://platform.adultwork.com",
    "requestBody": "application/x-www-form-urlencoded",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "rescheduleMadeWebcamBooking": {
    "method": "POST",
    "path": "/v1/Webcam/RescheduleMadeBooking",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "saveDirectCamSettings": {
    "method": "POST",
    "path": "/v1/DirectCam/SaveSettings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "saveDirectCamSettingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "saveDirectCamSettingsAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/DirectCam/SaveSettings",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "saveDirectCamSettings",
    "groupUserIdIn": "body"
  },
  "savePhoneChatSettings": {
    "method": "POST",
    "path": "/v1/PhoneChat/SaveSettings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "savePhoneChatSettingsAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "savePhoneChatSettingsAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/PhoneChat/SaveSettings",
    "security": "user",
    "scopes": [
      "account_phonechat_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "savePhoneChatSettings",
    "groupUserIdIn": "body"
  },
  "scheduleShow": {
    "method": "POST",
    "path": "/v1/DirectCam/ScheduleShow",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "scheduleShowAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "scheduleShowAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/DirectCam/ScheduleShow",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "scheduleShow",
    "groupUserIdIn": "body"
  },
  "searchFieldReports": {
    "method": "GET",
    "path": "/v1/search/searchFieldReports",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": true,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "searchMovies": {
    "method": "GET",
    "path": "/v1/search/searchMovies",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": true,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "searchPictures": {
    "method": "GET",
    "path": "/v1/search/searchPictures",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": true,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "searchRentals": {
    "method": "GET",
    "path": "/v1/search/searchRentals",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": true,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "searchTours": {
    "method": "GET",
    "path": "/v1/search/searchTours",
    "security": "apiKey",
    "scopes": [],
    "apiKeyParam": "apiKey",
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": true,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": {
      "in": "query",
      "pageParam": "PageNumber",
      "sizeParam": "PageSize",
      "itemsProperty": null
    },
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "sendEmail": {
    "method": "POST",
    "path": "/v1/Email/Send",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "sendEmailAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "sendEmailAsGroupManager": {
    "method": "POST",
    "path": "/v1/Groups/Email/Send",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": false,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "sendEmail",
    "groupUserIdIn": "body"
  },
  "updateAccount": {
    "method": "PUT",
    "path": "/v1/Account/Update",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": true,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "updateAccountAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updateAccountAsGroupManager": {
    "method": "PUT",
    "path": "/v1/Groups/Account/Update",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": true,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "updateAccount",
    "groupUserIdIn": "body"
  },
  "updateAccountServices": {
    "method": "PUT",
    "path": "/v1/Account/UpdateServices",
    "security": "user",
    "scopes": [
      "profile_services"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "updateAccountServicesAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updateAccountServicesAsGroupManager": {
    "method": "PUT",
    "path": "/v1/Groups/Account/UpdateServices",
    "security": "user",
    "scopes": [
      "profile_services"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "updateAccountServices",
    "groupUserIdIn": "body"
  },
  "updateAlbum": {
    "method": "PUT",
    "path": "/v1/Pictures/UpdateAlbum",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "updateAlbumAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updateAlbumAsGroupManager": {
    "method": "PUT",
    "path": "/v1/Groups/Pictures/UpdateAlbum",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "updateAlbum",
    "groupUserIdIn": "body"
  },
  "updateBlockedSendersListEmail": {
    "method": "PUT",
    "path": "/v1/Email/BlockedSendersUpdate",
    "security": "user",
    "scopes": [
      "account_communications"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updateEscortBooking": {
    "method": "PUT",
    "path": "/v1/Bookings/UpdateBooking",
    "security": "user",
    "scopes": [
      "account_escort_bookings"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "complete",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updatePricePlans": {
    "method": "PUT",
    "path": "/v1/Pictures/UpdatePricePlans",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "updatePricePlansAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updatePricePlansAsGroupManager": {
    "method": "PUT",
    "path": "/v1/Groups/Pictures/UpdatePricePlans",
    "security": "user",
    "scopes": [
      "profile_gallery"
    ],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "updatePricePlans",
    "groupUserIdIn": "body"
  },
  "updateScheduledShow": {
    "method": "PUT",
    "path": "/v1/DirectCam/UpdateScheduledShow",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": "updateScheduledShowAsGroupManager",
    "groupBase": null,
    "groupUserIdIn": null
  },
  "updateScheduledShowAsGroupManager": {
    "method": "PUT",
    "path": "/v1/Groups/DirectCam/UpdateScheduledShow",
    "security": "user",
    "scopes": [
      "account_webcam_bookings"
    ],
    "scopesInferred": true,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": "application/json",
    "responseTypes": [
      "application/json"
    ],
    "responseBody": false,
    "paging": null,
    "groupVariant": null,
    "groupBase": "updateScheduledShow",
    "groupUserIdIn": "body"
  },
  "verifyCredentials": {
    "method": "GET",
    "path": "/v1/account/verifyCredentials",
    "security": "user",
    "scopes": [],
    "scopesInferred": false,
    "scopesUnknown": false,
    "securityInferred": false,
    "scopeFlags": null,
    "idempotent": true,
    "docs": "partial",
    "server": null,
    "requestBody": null,
    "responseTypes": [
      "application/json"
    ],
    "responseBody": true,
    "paging": null,
    "groupVariant": null,
    "groupBase": null,
    "groupUserIdIn": null
  }
};
const unifiedLogin = {
  "authorizationUrl": "https://platform.adultwork.com/OAuth/Authorize",
  "tokenUrl": "https://platform.adultwork.com/OAuth/token",
  "scopes": [
    "account_communications",
    "account_credits_history",
    "account_escort_bookings",
    "account_information",
    "account_phonechat_bookings",
    "account_webcam_bookings",
    "profile_blacklist",
    "profile_gallery",
    "profile_hotlist",
    "profile_services"
  ]
};
export {
  operations,
  unifiedLogin
};
//# sourceMappingURL=operations.js.map
