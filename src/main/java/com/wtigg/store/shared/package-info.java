/**
 * Value types, store identity and web infrastructure that every module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.wtigg.store.shared;
