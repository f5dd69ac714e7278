package id.merit.employee;

public enum PositionKind { JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL }
