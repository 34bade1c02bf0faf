pub mod guardduty_detector_disabled;
