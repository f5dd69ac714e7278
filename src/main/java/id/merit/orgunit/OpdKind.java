package id.merit.orgunit;

public enum OpdKind { SEKRETARIAT, DINAS, BADAN, INSPEKTORAT, KECAMATAN, KELURAHAN, UPT, OTHER }
