/** Open kernel: value types (Nip), paging, the current user. Depends on nothing else in Merit. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.merit.shared;
