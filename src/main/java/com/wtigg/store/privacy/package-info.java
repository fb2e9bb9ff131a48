/**
 * Personal data protection: each subject's data key, with which their personal data is encrypted
 * at rest and whose destruction erases it everywhere, backups included.
 */
package com.wtigg.store.privacy;
