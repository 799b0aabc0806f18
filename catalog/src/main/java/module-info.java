/**
 * The rtcdiag code catalog: typed enums of SIP, Q.850, FreeSWITCH, STUN/TURN, WebSocket, WebRTC,
 * BigBlueButton, Webex/BroadWorks, Bitrix24/Voximplant and Flashphoner WCS codes, with localised texts.
 * No dependencies.
 */
module dev.rtcdiag.catalog {
    exports dev.rtcdiag.catalog;
    exports dev.rtcdiag.catalog.sip;
    exports dev.rtcdiag.catalog.webrtc;
    exports dev.rtcdiag.catalog.vendor.bbb;
    exports dev.rtcdiag.catalog.vendor.webex;
    exports dev.rtcdiag.catalog.vendor.broadworks;
    exports dev.rtcdiag.catalog.vendor.bitrix;
    exports dev.rtcdiag.catalog.vendor.voximplant;
    exports dev.rtcdiag.catalog.vendor.wcs;
}
