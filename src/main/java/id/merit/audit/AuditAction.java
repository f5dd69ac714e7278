package id.merit.audit;

public enum AuditAction { CREATE, UPDATE, DELETE, VIEW, IMPORT, LOGIN }
