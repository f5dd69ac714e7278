package id.merit.employee;

public enum TrainingKind { KEPEMIMPINAN, FUNGSIONAL, TEKNIS, SEMINAR }
